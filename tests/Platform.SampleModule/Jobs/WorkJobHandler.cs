using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.SampleModule.Notes;

namespace Platform.SampleModule.Jobs;

/// <summary>
/// A job that takes a while (simulated work, so a host can be killed while it runs), then records its effect as a note
/// keyed by the job id: a second run finds the note and does nothing, so the effect happens exactly once. The job
/// table's attempt count tells how often it was started.
/// </summary>
public sealed class WorkJobHandler(ITenantDbContextFactory<NotesDb> notes, TimeProvider clock) : IJobHandler
{
    public const string Type = "sample.work";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize<WorkPayload>(job.Payload) ?? throw new InvalidOperationException("The payload is empty.");
        await job.ReportProgress(10, cancellationToken);
        await Task.Delay(work.WorkMilliseconds, cancellationToken);
        await using var db = await notes.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        if (await db.Notes.AnyAsync(n => n.Id == job.JobId, cancellationToken))
        {
            return;
        }

        db.Notes.Add(new Note
        {
            Id = job.JobId,
            MunicipalityCode = job.MunicipalityCode!,
            Text = "work: " + work.Message,
            CreatedAt = clock.GetUtcNow(),
            RecordKey = RecordKeys.New(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
