namespace Platform.SampleModule.Notes;

/// <summary>
/// The payload of a <see cref="Jobs.WorkJobHandler"/> job that the note service enqueues: what to write, and how long
/// the simulated work takes. It lives with the notes that send it, since the job handlers depend on the notes.
/// </summary>
public sealed record WorkPayload(string Message, int WorkMilliseconds);
