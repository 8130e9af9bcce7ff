using Grpc.Core;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Definitions;

[Collection(PlatformCollection.Name)]
public sealed class SurveyDefinitionTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    private SurveyService.SurveyServiceClient Surveys => new(platform.Channel);

    [Fact]
    public async Task A_published_version_never_changes_and_an_edit_makes_a_new_draft_version()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var published = await SurveyFactory.PublishedAsync(platform, code);
        var edited = TestSurvey.Definition("Trivsel i 3. klasse");

        var draft = await Surveys.UpdateSurveyAsync(new UpdateSurveyRequest
        {
            MunicipalityCode = code, SurveyId = published.Id, Definition = edited, ExpectedVersion = published.Version,
        }, platform.AsAdmin());
        var first = await Surveys.GetSurveyAsync(new GetSurveyRequest { MunicipalityCode = code, SurveyId = published.Id, Version = 1 }, platform.AsAdmin());

        Assert.Equal((1, SurveyState.Published), (published.Version, published.State));
        Assert.Equal((2, SurveyState.Draft, 1), (draft.Version, draft.State, draft.PublishedVersion));
        Assert.Equal("Trivsel i 2. klasse", first.Definition.Title.Da);
        Assert.Equal(SurveyState.Published, first.State);
        Assert.Equal("Trivsel i 3. klasse", draft.Definition.Title.Da);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Surveys.PublishSurveyAsync(
            new PublishSurveyRequest { MunicipalityCode = code, SurveyId = published.Id, ExpectedVersion = 1 }, platform.AsAdmin()).ResponseAsync);
        var second = await Surveys.PublishSurveyAsync(
            new PublishSurveyRequest { MunicipalityCode = code, SurveyId = published.Id, ExpectedVersion = 2 }, platform.AsAdmin());
        Assert.Equal((2, SurveyState.Published, 2), (second.Version, second.State, second.PublishedVersion));
    }

    [Fact]
    public async Task A_draft_is_edited_in_place_until_it_is_published()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var draft = await Surveys.CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = code, Definition = TestSurvey.Definition() }, platform.AsAdmin());

        var edited = await Surveys.UpdateSurveyAsync(new UpdateSurveyRequest
        {
            MunicipalityCode = code, SurveyId = draft.Id, Definition = TestSurvey.Definition("Ny titel"), ExpectedVersion = 1,
        }, platform.AsAdmin());

        Assert.Equal((1, SurveyState.Draft, "Ny titel"), (edited.Version, edited.State, edited.Definition.Title.Da));
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_naming_each_field()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var definition = TestSurvey.Definition();
        definition.Title.Da = "";
        definition.Sections[0].Questions[0].Options.Add(TestSurvey.Option("very-sad", "Meget ked", "Very sad"));
        definition.Sections[0].Questions[1].ShowIf.QuestionId = "hours";
        definition.Sections[0].Questions[3].Max = -1;
        definition.Sections[0].Title.More["ar"] = "الحياة اليومية";
        definition.Sections[0].Title.More["fr"] = "La vie quotidienne";
        var request = new CreateSurveyRequest { MunicipalityCode = code, Definition = definition };

        foreach (var field in new[]
                 {
                     "definition.title.da", "definition.sections[0].questions[0].options", "definition.sections[0].questions[1].show_if.question_id",
                     "definition.sections[0].questions[3].max", "definition.sections[0].title.more.fr",
                 })
        {
            await RpcAssert.InvalidField(field, () => Surveys.CreateSurveyAsync(request, platform.AsAdmin()).ResponseAsync);
        }

        await RpcAssert.InvalidField("template_id", () => Surveys.CreateSurveyAsync(
            new CreateSurveyRequest { MunicipalityCode = code, TemplateId = "no-such-template" }, platform.AsAdmin()).ResponseAsync);
    }

    [Fact]
    public async Task The_shipped_templates_ask_the_stakeholder_questions_hear_children_with_smileys_and_ask_parents_about_habits()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var templates = (await Surveys.ListTemplatesAsync(new ListTemplatesRequest(), platform.AsAdmin())).Templates.ToDictionary(t => t.Id);

        var stakeholderQuestions = templates["stakeholder-questions"].Definition.Sections.SelectMany(s => s.Questions).Select(q => q.Text.En);
        Assert.Contains("What concerns you about children's and young people's health and well-being?", stakeholderQuestions);
        Assert.Contains("How do you see your role in the change we will work on in the partnership?", stakeholderQuestions);
        var smileys = templates["children-wellbeing-smiley"].Definition.Sections.SelectMany(s => s.Questions).ToList();
        Assert.All(smileys, q => Assert.Equal((QuestionType.Smiley, "Ja, meget|Ja, lidt|Nej"), (q.Type, string.Join('|', q.Options.Select(o => o.Label.Da)))));
        // The children's and the parents' templates ship in Arabic and Turkish too, every text of them.
        Assert.All(smileys.Select(q => q.Options[0].Label), label => Assert.Equal(("نعم، كثيرًا", "Evet, çok"), (label.More["ar"], label.More["tr"])));
        Assert.Equal("Çocuğunuzun günlük hayatı", templates["parents-everyday-habits"].Definition.Title.More["tr"]);
        var habits = templates["parents-everyday-habits"].Definition.Sections.Select(s => s.Id);
        Assert.Equal(["food", "sleep", "play-and-screens"], habits);
        foreach (var id in templates.Keys)
        {
            var survey = await SurveyFactory.PublishedAsync(platform, code, templateId: id);
            Assert.Equal((id, SurveyState.Published), (survey.TemplateId, survey.State));
        }
    }
}
