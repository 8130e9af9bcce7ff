using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Collection;

/// <summary>
/// Collecting a survey's responses: collection links, responses through a link, and imports of paper responses. The
/// one application path of the gRPC service and (later) the pages.
/// </summary>
internal sealed class ResponseCollection(
    ITenantDbContextFactory<SurveysDb> databases,
    IMunicipalityDirectory directory,
    IJobQueue jobs,
    IGrainFactory grains,
    IAuditTrail audit,
    TimeProvider clock)
{
    private const string PagePrefix = "/surveys/a/";
    private const string ShortPrefix = "/surveys/k/";

    public async Task<CollectionLink> CreateLinkAsync(CreateLinkRequest request, CancellationToken cancellationToken)
    {
        var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation()
            .Check(request.OpensAt is not null, "opens_at", "is required")
            .Check(request.ClosesAt is not null, "closes_at", "is required")
            .Check(request.OpensAt is null || request.ClosesAt is null || request.OpensAt.ToDateTimeOffset() < request.ClosesAt.ToDateTimeOffset(),
                "closes_at", "must be after opens_at")
            .Check(request.ClosesAt is null || request.ClosesAt.ToDateTimeOffset() > clock.GetUtcNow(), "closes_at", "must be in the future")
            .ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await LocalAreaCheck.RequireAsync(directory, request.MunicipalityCode, request.LocalAreaId, "local_area_id", cancellationToken);
        var survey = await db.RequireSurveyAsync(surveyId, cancellationToken);
        await MembershipCheck.RequireCollectingAsync(directory, request.MunicipalityCode, survey, cancellationToken);
        if (survey.PublishedVersion == 0)
        {
            throw new PreconditionFailedException("The survey has no published version yet; publish it before collecting answers.");
        }

        var token = LinkTokens.New(request.MunicipalityCode);
        var link = new CollectionLinkRecord
        {
            TokenHash = LinkTokens.Hash(token),
            ShortHash = ShortCodes.Hash(ShortCodes.For(token)),
            MunicipalityCode = request.MunicipalityCode,
            SurveyId = surveyId,
            Version = survey.PublishedVersion,
            PartnershipId = (survey as PartnershipSurveyRecord)?.PartnershipId,
            LocalAreaId = request.LocalAreaId,
            OpensAt = request.OpensAt!.ToDateTimeOffset(),
            ClosesAt = request.ClosesAt!.ToDateTimeOffset(),
        };
        db.Links.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.CollectionLinkIssued, request.MunicipalityCode, link.PartnershipId, surveyId.ToString(), null, cancellationToken);
        await jobs.EnqueueAsync(CloseLinkJob.Request(link), cancellationToken);
        return new CollectionLink
        {
            Token = token,
            Path = PagePrefix + token,
            ShortPath = ShortPath(token),
            SurveyId = survey.Id.ToString(),
            Version = link.Version,
            LocalAreaId = link.LocalAreaId,
            OpensAt = request.OpensAt,
            ClosesAt = request.ClosesAt,
        };
    }

    /// <summary>The survey's collection links in the municipality, newest opening first; read access, as the links are the municipality's.</summary>
    public async Task<IReadOnlyList<LinkSummary>> ListLinksAsync(string municipalityCode, string surveyId, CancellationToken cancellationToken)
    {
        var id = SurveyIds.Parse(surveyId, "survey_id");
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Read, cancellationToken);
        await db.RequireSurveyAsync(id, cancellationToken);
        var links = await db.Links.AsNoTracking().Where(l => l.SurveyId == id).ToListAsync(cancellationToken);
        return [.. links.OrderByDescending(l => l.OpensAt).ThenBy(l => l.LocalAreaId, StringComparer.Ordinal).Select(Summary)];
    }

    /// <summary>The link a token opens, when it is a link of the survey in the municipality; NotFound otherwise.</summary>
    public async Task<LinkSummary> GetLinkAsync(string municipalityCode, string surveyId, string token, CancellationToken cancellationToken)
    {
        var id = SurveyIds.Parse(surveyId, "survey_id");
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Read, cancellationToken);
        var hash = LinkTokens.IsWellFormed(token) ? LinkTokens.Hash(token) : "";
        var link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.SurveyId == id, cancellationToken);
        return link is null ? throw new NotFoundException($"Survey {id} has no such link in municipality {municipalityCode}.") : Summary(link);
    }

    /// <summary>The answer page's address of a token, relative to the web port.</summary>
    public static string AnswerPath(string token) => PagePrefix + token;

    /// <summary>The answer page's short address of a token, relative to the web port.</summary>
    public static string ShortPath(string token) => ShortPrefix + ShortCodes.For(token);

    private static LinkSummary Summary(CollectionLinkRecord link) => new(link.LocalAreaId, link.OpensAt, link.ClosesAt, link.Closed, link.Version, link.ShortHash is not null);

    public async Task<SubmitResponseResult> SubmitAsync(SubmitResponseRequest request)
    {
        var responseId = SurveyIds.Parse(request.ResponseId, "response_id");
        new Validation().Check(LinkTokens.IsWellFormed(request.LinkToken), "link_token", "must be a token from a collection link").ThrowIfInvalid();
        var outcome = await grains.GetGrain<ICollectionLinkGrain>(LinkTokens.GrainKey(request.LinkToken))
            .SubmitAsync(new Submission(responseId, [.. request.Answers.Select(SubmittedAnswer.From)], request.AgeBand));
        return outcome == SubmitOutcome.RateLimited
            ? throw new TooManyRequestsException("The link takes too many responses right now; try again in a minute.")
            : new SubmitResponseResult { Stored = outcome == SubmitOutcome.Stored };
    }

    /// <summary>One import: every response of <paramref name="requests"/> is stored, or (when one is refused) none.</summary>
    public async Task<ImportResponsesResult> ImportAsync(IAsyncEnumerable<ImportResponseRequest> requests, CancellationToken cancellationToken)
    {
        await using var importer = new ResponseImporter(databases, directory);
        await foreach (var request in requests.WithCancellation(cancellationToken))
        {
            await importer.AddAsync(request, cancellationToken);
        }

        var (stored, duplicateIds) = await importer.CommitAsync(cancellationToken);
        return new ImportResponsesResult
        {
            Stored = stored,
            Duplicates = duplicateIds.Count,
            DuplicateResponseIds = { duplicateIds.Select(id => id.ToString()) },
        };
    }
}
