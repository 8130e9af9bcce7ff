using System.Globalization;
using System.Text.Json;
using Platform.Events.Data;
using Platform.Events.PersonalData;
using Platform.Sdk.Jobs;

namespace Platform.Events.Notifications;

/// <summary>
/// Puts the module's durable jobs in the platform's queue: an event's reminder and retention erasure (keyed by the
/// event and its times, so a moved event gets new ones and the old ones find nothing to do), and one send job per
/// outbox message after the transaction that wrote it committed, and, before such a transaction begins, the outbox
/// sweep that sends what a host dying between the commit and the enqueue left behind.
/// </summary>
internal sealed class Notices(IJobQueue jobs, EventsOptions options, TimeProvider clock)
{
    public async Task ScheduleAsync(EventRecord record, CancellationToken cancellationToken)
    {
        var remindAt = record.Start - options.ReminderLead;
        await jobs.EnqueueAsync(new JobRequest(
            ReminderJobHandler.Type, Payload(record.Id), remindAt, record.MunicipalityCode,
            DeduplicationKey: $"reminder:{record.Id}:{record.Start.UtcTicks.ToString(CultureInfo.InvariantCulture)}"), cancellationToken);
        await jobs.EnqueueAsync(new JobRequest(
            RetentionJobHandler.Type, Payload(record.Id), record.End + options.Retention, record.MunicipalityCode,
            DeduplicationKey: $"retention:{record.Id}:{record.End.UtcTicks.ToString(CultureInfo.InvariantCulture)}"), cancellationToken);
    }

    public async Task DispatchAsync(string municipalityCode, IEnumerable<OutboxMessageRecord> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await jobs.EnqueueAsync(new JobRequest(
                SendMessageJobHandler.Type, Payload(message.Id), clock.GetUtcNow(), municipalityCode,
                DeduplicationKey: $"send:{message.Id}", MaxAttempts: 8), cancellationToken);
        }
    }

    /// <summary>
    /// Enqueues the municipality's outbox sweep one to two grace periods from now, before a transaction that may write
    /// outbox messages begins (not inside it: the job table may live in the same database, and it is a separate
    /// commit). All changes within one grace period share one sweep, by the deduplication key of its time slot.
    /// </summary>
    public async Task ArmSweepAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var grace = options.OutboxGrace.Ticks;
        var runAt = new DateTimeOffset((clock.GetUtcNow().UtcTicks + (2 * grace)) / grace * grace, TimeSpan.Zero);
        await jobs.EnqueueAsync(new JobRequest(
            OutboxSweepJobHandler.Type, "{}", runAt, municipalityCode,
            DeduplicationKey: $"outbox-sweep:{municipalityCode}:{runAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}"), cancellationToken);
    }

    public static string Payload(Guid id) => JsonSerializer.Serialize(new EventJobPayload(id));

    public static Guid IdOf(JobContext job) => JsonSerializer.Deserialize<EventJobPayload>(job.Payload)!.Id;
}
