using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

/// <summary>What any request can get wrong the same way, a time no date can hold or an enum number the contract lacks, is the caller's mistake, named by field.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutOfShapeRequestTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_link_opening_at_a_time_beyond_year_9999_or_with_negative_nanos_is_invalid_argument_naming_each_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var collection = new CollectionService.CollectionServiceClient(platform.Channel);

        var refused = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => collection.CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = code,
            SurveyId = survey.Id,
            OpensAt = new Timestamp { Seconds = long.MaxValue },
            ClosesAt = new Timestamp { Seconds = 1_900_000_000, Nanos = -1 },
        }, platform.AsAdmin()).ResponseAsync);

        var fields = refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(["opens_at", "closes_at"], fields);
    }

    [Fact]
    public async Task A_survey_whose_audience_or_question_type_is_a_number_the_contract_does_not_define_is_invalid_argument_naming_the_nested_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var definition = TestSurvey.Definition();
        definition.Audience = (Audience)42;
        definition.Sections[0].Questions[1].Type = (QuestionType)99;

        var refused = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => new SurveyService.SurveyServiceClient(platform.Channel)
            .CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = code, Definition = definition }, platform.AsAdmin()).ResponseAsync);

        var violations = refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations;
        Assert.Equal(["definition.audience", "definition.sections[0].questions[1].type"], violations.Select(v => v.Field));
        Assert.StartsWith("must be one of ", violations[1].Description, StringComparison.Ordinal);
    }
}
