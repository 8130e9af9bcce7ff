namespace Platform.SampleModule.Jobs;

/// <summary>The payload of a <see cref="WorkJobHandler"/> job: what to write, and how long the simulated work takes.</summary>
public sealed record WorkPayload(string Message, int WorkMilliseconds);
