namespace Platform.Events.Notifications;

/// <summary>The payload of the module's jobs: which event (or outbox message) the job is about.</summary>
internal sealed record EventJobPayload(Guid Id);
