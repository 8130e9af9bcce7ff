namespace Platform.DataGenerator;

/// <summary>Seeding cannot go on; the message says why and what to do about it.</summary>
public sealed class SeedingException(string message, Exception? inner = null) : Exception(message, inner);
