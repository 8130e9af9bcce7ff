using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Surveys.Links;

/// <summary>
/// A municipality's published survey as the collection pages' tests set it up, through the surveys' gRPC services as an
/// administrator (as the surveys tests do): a smiley question, a multiple choice, a number and a free text.
/// </summary>
internal sealed class CollectionPagesData(TestPlatform platform, string code, string partnershipId, Survey survey)
{
    public string Code => code;

    public string PartnershipId => partnershipId;

    public Survey Survey => survey;

    public static async Task<CollectionPagesData> StartAsync(TestPlatform platform, params string[] codes)
    {
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, codes);
        var surveys = new SurveyService.SurveyServiceClient(platform.Channel);
        var draft = await surveys.CreateSurveyAsync(new CreateSurveyRequest { MunicipalityCode = codes[0], Definition = Definition() }, platform.AsAdmin());
        var published = await surveys.PublishSurveyAsync(
            new PublishSurveyRequest { MunicipalityCode = codes[0], SurveyId = draft.Id, ExpectedVersion = draft.Version }, platform.AsAdmin());
        return new CollectionPagesData(platform, codes[0], partnershipId, published);
    }

    public Task<Microsoft.Playwright.Cookie> SessionAsync(PlatformRole role, string? municipalityCode = null) =>
        SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, municipalityCode ?? code));

    public Uri Page(string path) => new(platform.WebAddress, $"/m/surveys/{code}/surveys/{survey.Id}/{path}");

    public async Task<string> AddLocalAreaAsync(string name)
    {
        var municipalities = new MunicipalityService.MunicipalityServiceClient(platform.Channel);
        var current = await municipalities.GetMunicipalityAsync(new GetMunicipalityRequest { Code = code }, platform.AsAdmin());
        var changed = await municipalities.AddLocalAreaAsync(new AddLocalAreaRequest { Code = code, Name = name, ExpectedVersion = current.Version }, platform.AsAdmin());
        return changed.LocalAreas.Single(area => area.Name == name).Id;
    }

    public Task<CollectionLink> LinkAsync(string localAreaId = "") =>
        new CollectionService.CollectionServiceClient(platform.Channel).CreateLinkAsync(new CreateLinkRequest
        {
            MunicipalityCode = code,
            SurveyId = survey.Id,
            LocalAreaId = localAreaId,
            OpensAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
            ClosesAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)),
        }, platform.AsAdmin()).ResponseAsync;

    /// <summary>Answers through the link as a child's page would (the collection's submit), each a new response.</summary>
    public async Task AnswerAsync(CollectionLink link, string mood, int count, string comment = "")
    {
        List<Answer> answers =
        [
            new() { QuestionId = "mood", OptionIds = { mood } },
            new() { QuestionId = "activities", OptionIds = { "sport", "play" } },
        ];
        if (comment.Length > 0)
        {
            answers.Add(new Answer { QuestionId = "comment", Text = comment });
        }

        await SubmitAsync(link, answers, count);
    }

    /// <summary>
    /// Answers any survey (one made from a template or in the editor) through the link, each a new response: every
    /// question that has an option of the given id (a template's faces, say) gets that option, a free-text question
    /// the text given; other questions stay unanswered.
    /// </summary>
    public Task AnswerEveryQuestionAsync(CollectionLink link, string optionId, int count, string text = "")
    {
        var answers = new List<Answer>();
        foreach (var question in survey.Definition.Sections.SelectMany(section => section.Questions))
        {
            if (question.Type == QuestionType.FreeText && text.Length > 0)
            {
                answers.Add(new Answer { QuestionId = question.Id, Text = text });
            }
            else if (question.Options.Any(option => option.Id == optionId))
            {
                answers.Add(new Answer { QuestionId = question.Id, OptionIds = { optionId } });
            }
        }

        return SubmitAsync(link, answers, count);
    }

    /// <summary>The stored responses of the survey (their true count and cell), read from the host's database.</summary>
    public Task<Platform.Sdk.Disclosure.PeopleCount> StoredResponsesAsync() =>
        StoredCells.OfAsync(platform, "sv_responses", $""" "SurveyId" = {StoredCells.Id(platform, survey.Id)}""");

    /// <summary>
    /// The stored answers to a question (to one of its options, if given) in this municipality, read from the host's
    /// database: the cell a results page publishes for the municipality's group.
    /// </summary>
    public Task<Platform.Sdk.Disclosure.PeopleCount> StoredAnswersAsync(string questionId, string? optionId = null) =>
        StoredCells.OfAsync(platform, "sv_answers",
            $""" "SurveyId" = {StoredCells.Id(platform, survey.Id)} AND "MunicipalityCode" = '{code}' AND "QuestionId" = '{questionId}'"""
            + (optionId is null ? "" : $""" AND "OptionId" = '{optionId}'"""));

    public static SurveyDefinition Definition() => new()
    {
        Title = Text("Trivsel i 3. klasse", "Well-being in year 3"),
        Audience = Audience.Children610,
        Sections =
        {
            new Section
            {
                Id = "everyday",
                Title = Text("Hverdagen", "Everyday life"),
                Questions =
                {
                    new Question
                    {
                        Id = "mood", Type = QuestionType.Smiley, Required = true, Text = Text("Er du glad for at gå i skole?", "Do you like going to school?"),
                        Options = { Option("happy", "Ja, meget", "Yes, a lot"), Option("neutral", "Ja, lidt", "Yes, a little"), Option("sad", "Nej", "No") },
                    },
                    new Question
                    {
                        Id = "activities", Type = QuestionType.MultipleChoice, Text = Text("Hvad laver du efter skole?", "What do you do after school?"),
                        Options = { Option("sport", "Sport", "Sport"), Option("play", "Leger", "Play"), Option("screens", "Skærm", "Screens") },
                    },
                    new Question { Id = "hours", Type = QuestionType.Number, Min = 0, Max = 24, Text = Text("Hvor mange timer sover du?", "How many hours do you sleep?") },
                    new Question { Id = "comment", Type = QuestionType.FreeText, MaxLength = 200, Text = Text("Vil du fortælle os mere?", "Anything else to tell us?") },
                },
            },
        },
    };

    private async Task SubmitAsync(CollectionLink link, IReadOnlyList<Answer> answers, int count)
    {
        var collection = new CollectionService.CollectionServiceClient(platform.Channel);
        for (var i = 0; i < count; i++)
        {
            var request = new SubmitResponseRequest { LinkToken = link.Token, ResponseId = Guid.NewGuid().ToString(), AgeBand = "6-10" };
            request.Answers.Add(answers.Select(answer => answer.Clone()));
            await collection.SubmitResponseAsync(request, platform.AsAdmin());
        }
    }

    private static LocalText Text(string da, string en) => new() { Da = da, En = en };

    private static Option Option(string id, string da, string en) => new() { Id = id, Label = Text(da, en) };
}
