using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.RateLimits;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Collection;

/// <summary>
/// Takes the responses of one link one at a time: checks the link is open, limits the rate, checks the answers
/// against the link's survey version and stores each response in one transaction. Whoever holds the link may answer,
/// with no grants, so the grain reaches the municipality's tables as the platform (<see cref="IPlatformElevation"/>),
/// by the link, and checks the municipality's switch itself (the platform's access checks no module switch).
/// A link to a partnership's survey takes answers only while the municipality is a current member of that partnership.
/// </summary>
internal sealed class CollectionLinkGrain(
    IPlatformElevation elevation, IMunicipalityDirectory directory, CollectionOptions options, TimeProvider clock)
    : Grain, ICollectionLinkGrain
{
    private readonly PerMinuteLimit submissions = new(options.SubmissionsPerMinute);
    private CollectionLinkRecord? link;
    private SurveyDefinition? definition;
    private string? definitionJson;

    private string MunicipalityCode => this.GetPrimaryKeyString()[..4];

    private string TokenHash => this.GetPrimaryKeyString()[5..];

    public async Task<LinkView?> ViewAsync() =>
        await LoadAsync() ? new LinkView(definitionJson!, IsOpen(link!, clock.GetUtcNow()) && await IsMemberAsync(), !await SwitchedOnAsync()) : null;

    public async Task<SubmitOutcome> SubmitAsync(Submission submission)
    {
        if (!await LoadAsync())
        {
            throw new NotFoundException("No survey link has this token.");
        }

        if (!await SwitchedOnAsync())
        {
            throw new PreconditionFailedException(
                $"Surveys are switched off for municipality {MunicipalityCode}, so its links take no answers. A coordinator can switch them on.");
        }

        if (!await IsMemberAsync())
        {
            throw new PreconditionFailedException(
                $"Municipality {MunicipalityCode} is no longer a member of partnership '{link!.PartnershipId}', so its link to the partnership's survey takes no answers.");
        }

        var now = clock.GetUtcNow();
        if (!IsOpen(link!, now))
        {
            throw new PreconditionFailedException(now < link!.OpensAt
                ? "The survey does not take answers yet."
                : "The survey is closed and takes no more answers.");
        }

        var answers = AnswerValidation.Check(definition!, submission.Answers, submission.AgeBand);
        if (!submissions.TryTake(now))
        {
            return SubmitOutcome.RateLimited;
        }

        return await AsPlatformAsync("store an answer given through a collection link", async databases =>
        {
            await using var db = await databases.OpenAsync(MunicipalityCode, AccessLevel.Contribute, CancellationToken.None);
            if (await db.Responses.IgnoreQueryFilters().AnyAsync(r => r.Id == submission.ResponseId))
            {
                return SubmitOutcome.Duplicate;
            }

            var response = ResponseRows.Response(submission.ResponseId, MunicipalityCode, link!.SurveyId, link.Version, link.LocalAreaId,
                (int)definition!.Audience, submission.AgeBand, DateOnly.FromDateTime(now.UtcDateTime));
            db.Responses.Add(response);
            db.Answers.AddRange(ResponseRows.Answers(response, answers));
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // The same response id may have come in at the same moment through another link or an import.
                await using var again = await databases.OpenAsync(MunicipalityCode, AccessLevel.Read, CancellationToken.None);
                if (await again.Responses.IgnoreQueryFilters().AnyAsync(r => r.Id == submission.ResponseId))
                {
                    return SubmitOutcome.Duplicate;
                }

                throw;
            }

            return SubmitOutcome.Stored;
        });
    }

    private Task<T> AsPlatformAsync<T>(string reason, Func<ITenantDbContextFactory<SurveysDb>, Task<T>> work) =>
        elevation.AsPlatformAsync(reason, services => work(services.GetRequiredService<ITenantDbContextFactory<SurveysDb>>()));

    /// <summary>Asked on every call, so switching the module off or on takes effect at once.</summary>
    private Task<bool> SwitchedOnAsync() => directory.IsModuleSwitchedOnAsync(MunicipalityCode, SurveysModule.Id, CancellationToken.None);

    /// <summary>Asked on every call, like the switch: a municipality that leaves the partnership stops collecting for it at once.</summary>
    private Task<bool> IsMemberAsync() => MembershipCheck.CollectsAsync(directory, MunicipalityCode, link!.PartnershipId, CancellationToken.None);

    private static bool IsOpen(CollectionLinkRecord link, DateTimeOffset now) => !link.Closed && now >= link.OpensAt && now < link.ClosesAt;

    /// <summary>
    /// Reads the link each call until it is found; its survey version never changes, so that is cached. A published
    /// version is kept even when its owner would no longer lend it (the membership is checked on its own).
    /// </summary>
    private Task<bool> LoadAsync() => AsPlatformAsync("read a collection link for whoever holds it", LoadAsync);

    private async Task<bool> LoadAsync(ITenantDbContextFactory<SurveysDb> databases)
    {
        await using var db = await databases.OpenAsync(MunicipalityCode, AccessLevel.Read, CancellationToken.None);
        link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == TokenHash);
        if (link is null)
        {
            return false;
        }

        if (definition is null)
        {
            definitionJson = link.PartnershipId is null
                ? await db.SurveyVersions.Where(v => v.SurveyId == link.SurveyId && v.Version == link.Version).Select(v => v.DefinitionJson).SingleAsync()
                : await db.PartnershipSurveyVersions.Where(v => v.SurveyId == link.SurveyId && v.Version == link.Version).Select(v => v.DefinitionJson).SingleAsync();
            definition = DefinitionJson.Read(definitionJson);
        }

        return true;
    }
}
