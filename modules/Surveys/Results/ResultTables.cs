using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;
using Platform.Surveys.Definitions.Templates;

namespace Platform.Surveys.Results;

/// <summary>
/// Published counts (<see cref="PublishedResults"/>) for the municipality's roles and partnership staff (<see cref="AccessLevel.Aggregate"/>);
/// free-text answers only for the municipality's own roles (<see cref="AccessLevel.Read"/>). The one application path of
/// the gRPC service and (later) the pages.
/// </summary>
internal sealed class ResultTables(ITenantDbContextFactory<SurveysDb> databases)
{
    public async Task<SurveyResults> GetAsync(GetResultsRequest request, CancellationToken cancellationToken)
    {
        var acrossPartnership = request.PartnershipId.Length > 0;
        new Validation()
            .Check(Enum.IsDefined(request.Breakdown), "breakdown", "must be a breakdown")
            .Check(!acrossPartnership || request.MunicipalityCode.Length == 0, "municipality_code", "must be empty when partnership_id is given")
            .Check(!acrossPartnership || (request.SurveyId.Length > 0 ^ request.TemplateId.Length > 0), "survey_id",
                "give either survey_id (a partnership's survey) or template_id with partnership_id")
            .Check(!acrossPartnership || request.TemplateId.Length == 0 || SurveyTemplates.Find(request.TemplateId) is not null, "template_id", "must name a template from ListTemplates")
            .Check(acrossPartnership || request.TemplateId.Length == 0, "template_id", "needs partnership_id")
            .Check(acrossPartnership || request.Breakdown != Breakdown.Municipality, "breakdown", "by municipality needs partnership_id")
            .ThrowIfInvalid();
        if (!acrossPartnership)
        {
            var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
            await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
            var survey = await db.RequireSurveyAsync(surveyId, cancellationToken);
            return await ComputeAsync(db, survey, new ResultUnit(surveyId, request.MunicipalityCode), request.Breakdown, cancellationToken);
        }

        await using var members = await databases.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken);
        if (request.TemplateId.Length > 0)
        {
            var template = SurveyTemplates.Find(request.TemplateId)!.Definition;
            var surveyIds = members.Surveys.Where(s => s.TemplateId == request.TemplateId).Select(s => s.Id);
            var counts = await AnswerCounts.LoadAsync(
                members.Answers.Where(a => surveyIds.Contains(a.SurveyId)), members.Responses.Where(r => surveyIds.Contains(r.SurveyId)),
                MultipleChoiceIds(template), cancellationToken);
            return PublishedResults.Compute(template, counts, null, request.Breakdown);
        }

        // The partnership's own survey (the context holds no other partnership's), over the answers its current members
        // collected (the context sees only theirs).
        var partnershipSurveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
        var partnershipSurvey = await members.PartnershipSurveys.SingleOrDefaultAsync(s => s.Id == partnershipSurveyId, cancellationToken)
            ?? throw new NotFoundException($"Partnership '{request.PartnershipId}' has no survey {partnershipSurveyId}.");
        return await ComputeAsync(members, partnershipSurvey, null, request.Breakdown, cancellationToken);
    }

    public async Task<ListFreeTextAnswersResponse> ListFreeTextAnswersAsync(ListFreeTextAnswersRequest request, CancellationToken cancellationToken)
    {
        var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation().Required(request.QuestionId, "question_id", 64).ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Read, cancellationToken);
        var texts = await db.Answers.Where(a => a.SurveyId == surveyId && a.QuestionId == request.QuestionId && a.Text != null)
            .Select(a => a.Text!).ToListAsync(cancellationToken);
        return new ListFreeTextAnswersResponse { Texts = { texts.Order(StringComparer.Ordinal) } };
    }

    /// <summary>One survey's results over the answers the context sees: of one unit, or of every member (a null unit).</summary>
    private static async Task<SurveyResults> ComputeAsync(SurveysDb db, SurveyHead survey, ResultUnit? unit, Breakdown breakdown, CancellationToken cancellationToken)
    {
        // Results follow the newest published version's questions (a survey never published: its draft).
        var version = await db.FindVersionAsync(survey, survey.PublishedVersion == 0 ? survey.LatestVersion : survey.PublishedVersion, cancellationToken);
        var definition = DefinitionJson.Read(version!.DefinitionJson);
        var counts = await AnswerCounts.LoadAsync(
            db.Answers.Where(a => a.SurveyId == survey.Id), db.Responses.Where(r => r.SurveyId == survey.Id),
            MultipleChoiceIds(definition), cancellationToken);
        return PublishedResults.Compute(definition, counts, unit, breakdown);
    }

    private static List<string> MultipleChoiceIds(SurveyDefinition definition) =>
        [.. definition.Sections.SelectMany(s => s.Questions).Where(q => q.Type == QuestionType.MultipleChoice).Select(q => q.Id)];
}
