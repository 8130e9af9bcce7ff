namespace Platform.BadPlugin.Data;

/// <summary>A shared namespace both sides of the ring use: depending on it is no cycle.</summary>
internal sealed record Ledger(int Count);
