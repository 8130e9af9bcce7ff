using Grpc.Core;
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
/// Suppressed counts for the municipality's roles and partnership staff (<see cref="AccessLevel.Aggregate"/>);
/// free-text answers only for the municipality's own roles (<see cref="AccessLevel.Read"/>).
/// </summary>
public sealed class ResultGrpcService(ITenantDbContextFactory<SurveysDb> databases) : ResultService.ResultServiceBase
{
    public override async Task<SurveyResults> GetResults(GetResultsRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var acrossPartnership = request.PartnershipId.Length > 0;
        new Validation()
            .Check(Enum.IsDefined(request.Breakdown), "breakdown", "must be a breakdown")
            .Check(!acrossPartnership || SurveyTemplates.Find(request.TemplateId) is not null, "template_id", "must name a template when partnership_id is given")
            .Check(acrossPartnership || request.Breakdown != Breakdown.Municipality, "breakdown", "by municipality needs partnership_id and template_id")
            .ThrowIfInvalid();
        await using var db = acrossPartnership
            ? await databases.OpenForPartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken)
            : await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        SurveyDefinition definition;
        IQueryable<AnswerRecord> answers;
        IQueryable<ResponseRecord> responses;
        if (acrossPartnership)
        {
            definition = SurveyTemplates.Find(request.TemplateId)!.Definition;
            var surveyIds = db.Surveys.Where(s => s.TemplateId == request.TemplateId).Select(s => s.Id);
            answers = db.Answers.Where(a => surveyIds.Contains(a.SurveyId));
            responses = db.Responses.Where(r => surveyIds.Contains(r.SurveyId));
        }
        else
        {
            var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
            var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
                ?? throw new NotFoundException($"No survey {surveyId} in this municipality.");
            var version = survey.PublishedVersion == 0 ? survey.LatestVersion : survey.PublishedVersion;
            definition = DefinitionJson.Read(await db.SurveyVersions.Where(v => v.SurveyId == surveyId && v.Version == version)
                .Select(v => v.DefinitionJson).SingleAsync(cancellationToken));
            answers = db.Answers.Where(a => a.SurveyId == surveyId);
            responses = db.Responses.Where(r => r.SurveyId == surveyId);
        }

        var questions = definition.Sections.SelectMany(section => section.Questions).ToList();
        var multiple = questions.Where(q => q.Type == QuestionType.MultipleChoice).Select(q => q.Id).ToList();
        var byOption = await AnswerCounts.ByOptionAsync(answers, request.Breakdown, cancellationToken);
        var respondents = multiple.Count == 0 ? [] : await AnswerCounts.RespondentsAsync(answers.Where(a => multiple.Contains(a.QuestionId)), request.Breakdown, cancellationToken);
        var responseCount = await responses.CountAsync(cancellationToken);
        var byGroup = request.Breakdown != Breakdown.None;
        return new SurveyResults
        {
            MinimumCount = Suppression.MinimumCount,
            Responses = ResultBuilder.Cell(responseCount, responseCount is > 0 and < Suppression.MinimumCount),
            Questions =
            {
                questions.Select(question => ResultBuilder.Question(
                    question,
                    [.. byOption.Where(c => c.QuestionId == question.Id)],
                    question.Type == QuestionType.MultipleChoice ? [.. respondents.Where(c => c.QuestionId == question.Id)] : null,
                    byGroup)),
            },
        };
    }

    public override async Task<ListFreeTextAnswersResponse> ListFreeTextAnswers(ListFreeTextAnswersRequest request, ServerCallContext context)
    {
        var surveyId = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation().Required(request.QuestionId, "question_id", 64).ThrowIfInvalid();
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Read, context.CancellationToken);
        var texts = await db.Answers.Where(a => a.SurveyId == surveyId && a.QuestionId == request.QuestionId && a.Text != null)
            .Select(a => a.Text!).ToListAsync(context.CancellationToken);
        return new ListFreeTextAnswersResponse { Texts = { texts.Order(StringComparer.Ordinal) } };
    }
}
