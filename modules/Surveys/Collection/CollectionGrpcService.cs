using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Jobs;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Collection;

/// <summary>Collection links, responses through a link, and imports of paper responses.</summary>
internal sealed class CollectionGrpcService(
    ITenantDbContextFactory<SurveysDb> databases,
    IMunicipalityDirectory directory,
    IJobQueue jobs,
    IGrainFactory grains,
    TimeProvider clock) : CollectionService.CollectionServiceBase
{
    public const string PagePrefix = "/surveys/a/";

    public override async Task<CollectionLink> CreateLink(CreateLinkRequest request, ServerCallContext context)
    {
        var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation()
            .Check(request.OpensAt is not null, "opens_at", "is required")
            .Check(request.ClosesAt is not null, "closes_at", "is required")
            .Check(request.OpensAt is null || request.ClosesAt is null || request.OpensAt.ToDateTimeOffset() < request.ClosesAt.ToDateTimeOffset(),
                "closes_at", "must be after opens_at")
            .Check(request.ClosesAt is null || request.ClosesAt.ToDateTimeOffset() > clock.GetUtcNow(), "closes_at", "must be in the future")
            .ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
        await LocalAreaCheck.RequireAsync(directory, request.MunicipalityCode, request.LocalAreaId, "local_area_id", context.CancellationToken);
        var survey = await db.RequireSurveyAsync(surveyId, context.CancellationToken);
        await MembershipCheck.RequireCollectingAsync(directory, request.MunicipalityCode, survey, context.CancellationToken);
        if (survey.PublishedVersion == 0)
        {
            throw new PreconditionFailedException("The survey has no published version yet; publish it before collecting answers.");
        }

        var token = LinkTokens.New(request.MunicipalityCode);
        var link = new CollectionLinkRecord
        {
            TokenHash = LinkTokens.Hash(token),
            MunicipalityCode = request.MunicipalityCode,
            SurveyId = surveyId,
            Version = survey.PublishedVersion,
            PartnershipId = (survey as PartnershipSurveyRecord)?.PartnershipId,
            LocalAreaId = request.LocalAreaId,
            OpensAt = request.OpensAt!.ToDateTimeOffset(),
            ClosesAt = request.ClosesAt!.ToDateTimeOffset(),
        };
        db.Links.Add(link);
        await db.SaveChangesAsync(context.CancellationToken);
        await jobs.EnqueueAsync(CloseLinkJob.Request(link), context.CancellationToken);
        return new CollectionLink
        {
            Token = token,
            Path = PagePrefix + token,
            SurveyId = survey.Id.ToString(),
            Version = link.Version,
            LocalAreaId = link.LocalAreaId,
            OpensAt = request.OpensAt,
            ClosesAt = request.ClosesAt,
        };
    }

    public override async Task<SubmitResponseResult> SubmitResponse(SubmitResponseRequest request, ServerCallContext context)
    {
        var responseId = SurveyIds.Parse(request.ResponseId, "response_id");
        new Validation().Check(LinkTokens.IsWellFormed(request.LinkToken), "link_token", "must be a token from a collection link").ThrowIfInvalid();
        var outcome = await grains.GetGrain<ICollectionLinkGrain>(LinkTokens.GrainKey(request.LinkToken))
            .SubmitAsync(new Submission(responseId, [.. request.Answers.Select(ToSubmitted)], request.AgeBand));
        return outcome == SubmitOutcome.RateLimited
            ? throw new RpcException(new Status(StatusCode.ResourceExhausted, "The link takes too many responses right now; try again in a minute."))
            : new SubmitResponseResult { Stored = outcome == SubmitOutcome.Stored };
    }

    public override async Task<ImportResponsesResult> ImportResponses(IAsyncStreamReader<ImportResponseRequest> requestStream, ServerCallContext context)
    {
        await using var importer = new ResponseImporter(databases, directory);
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await importer.AddAsync(request, context.CancellationToken);
        }

        var (stored, duplicateIds) = await importer.CommitAsync(context.CancellationToken);
        return new ImportResponsesResult
        {
            Stored = stored,
            Duplicates = duplicateIds.Count,
            DuplicateResponseIds = { duplicateIds.Select(id => id.ToString()) },
        };
    }

    public static SubmittedAnswer ToSubmitted(Answer answer) =>
        new(answer.QuestionId, [.. answer.OptionIds], answer.HasNumber ? answer.Number : null, answer.Text);
}
