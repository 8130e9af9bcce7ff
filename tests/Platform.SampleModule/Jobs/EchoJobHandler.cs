using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.SampleModule.Notes;

namespace Platform.SampleModule.Jobs;

/// <summary>Writes the job's message as a note; keyed by the job id, so running it twice writes one note.</summary>
public sealed class EchoJobHandler(ITenantDbContextFactory<NotesDb> notes, TimeProvider clock) : IJobHandler
{
    public const string Type = "sample.echo";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        await using var db = await notes.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        if (await db.Notes.AnyAsync(n => n.Id == job.JobId, cancellationToken))
        {
            return;
        }

        db.Notes.Add(new Note
        {
            Id = job.JobId,
            MunicipalityCode = job.MunicipalityCode!,
            Text = "echo: " + JsonSerializer.Deserialize<string>(job.Payload),
            CreatedAt = clock.GetUtcNow(),
            RecordKey = RecordKeys.New(),
        });
        await job.ReportProgress(50, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
