using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;
using Platform.SampleModule.Notes;

namespace Platform.SampleModule.Jobs;

/// <summary>
/// Lists the municipality's actors in another module, actor mapping, through its contract in-process, as the caller the
/// payload names (grants separated by spaces; none for a caller without grants), as a job does for the person it works
/// for. Writes what that caller saw as a note keyed by the job id; a refusal fails the job with the call's status.
/// </summary>
public sealed class ListActorsJobHandler(IModuleClients modules, ITenantDbContextFactory<NotesDb> notes, TimeProvider clock) : IJobHandler
{
    public const string Type = "sample.list-actors";

    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var grants = JsonSerializer.Deserialize<string>(job.Payload)!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => RoleGrant.TryParse(text, out var grant) ? grant : throw new InvalidOperationException($"'{text}' is not a grant."))
            .ToList();
        var actors = modules.Create<ActorService.ActorServiceClient>(new Caller("sample-job", null, grants));
        var listed = await actors.ListActorsAsync(
            new ListActorsRequest { MunicipalityCode = job.MunicipalityCode }, cancellationToken: cancellationToken);

        await using var db = await notes.OpenAsync(job.MunicipalityCode!, AccessLevel.Contribute, cancellationToken);
        if (await db.Notes.AnyAsync(n => n.Id == job.JobId, cancellationToken))
        {
            return;
        }

        db.Notes.Add(new Note
        {
            Id = job.JobId,
            MunicipalityCode = job.MunicipalityCode!,
            Text = "actors: " + string.Join(", ", listed.Actors.Select(actor => $"{actor.Fields.Name} with {actor.Contacts.Count} contacts")),
            CreatedAt = clock.GetUtcNow(),
            RecordKey = RecordKeys.New(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
