using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Web.Editor;

/// <summary>
/// What the survey editor holds, as the person typed it: read from the posted form (every value kept as text, so a
/// failed save shows it again as it was), or from a stored survey, and turned into the contract's definition for
/// SurveyCatalogue. Inputs are named by position: <c>s0-title-da</c>, <c>s0-q1-text-da</c>, <c>s0-q1-o2-da</c>.
/// </summary>
internal sealed class SurveyForm
{
    public const int MaxSections = 20;
    public const int MaxQuestions = 50;
    public const int MaxOptions = 30;

    /// <summary>The version the person edits; after a stale save, the version stored since.</summary>
    public int Version { get; set; }

    public string TitleDa { get; set; } = "";

    public string TitleEn { get; set; } = "";

    public string IntroDa { get; set; } = "";

    public string IntroEn { get; set; } = "";

    public string Audience { get; set; } = "";

    public List<SectionForm> Sections { get; init; } = [];

    public IEnumerable<QuestionForm> Questions => Sections.SelectMany(section => section.Questions);

    public static SurveyForm Of(Survey survey)
    {
        var definition = survey.Definition;
        return new SurveyForm
        {
            Version = survey.Version,
            TitleDa = definition.Title?.Da ?? "",
            TitleEn = definition.Title?.En ?? "",
            IntroDa = definition.Introduction?.Da ?? "",
            IntroEn = definition.Introduction?.En ?? "",
            Audience = definition.Audience.ToString(),
            Sections = [.. definition.Sections.Select(SectionForm.Of)],
        };
    }

    public static SurveyForm Read(IFormCollection form) => new()
    {
        Version = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
        TitleDa = form["title-da"].ToString(),
        TitleEn = form["title-en"].ToString(),
        IntroDa = form["intro-da"].ToString(),
        IntroEn = form["intro-en"].ToString(),
        Audience = form["audience"].ToString(),
        Sections = [.. Rows(form, "sections", MaxSections).Select(s => SectionForm.Read(form, $"s{s}"))],
    };

    /// <summary>
    /// The definition as SurveyCatalogue checks it. A number that does not read as one is refused here, naming its field
    /// as the catalogue would; an audience or type that is not one of the choices becomes "unspecified", which it refuses.
    /// </summary>
    public SurveyDefinition ToDefinition()
    {
        var validation = new Validation();
        var definition = new SurveyDefinition
        {
            Title = new LocalText { Da = TitleDa.Trim(), En = TitleEn.Trim() },
            Introduction = new LocalText { Da = IntroDa.Trim(), En = IntroEn.Trim() },
            Audience = Enum.TryParse<Audience>(Audience, out var audience) && Enum.IsDefined(audience) ? audience : Contracts.Surveys.V1.Audience.Unspecified,
            Sections = { Sections.Select((section, s) => section.ToSection($"definition.sections[{s}]", validation)) },
        };
        validation.ThrowIfInvalid();
        return definition;
    }

    /// <summary>Carries out an editing button (<c>add-question-0</c>, <c>up-option-0-1-2</c>, …); false when the action is not one.</summary>
    public bool Apply(string action, string newQuestionType)
    {
        var parts = action.Split('-');
        var at = parts.Skip(2).Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        var verb = parts.Length >= 2 ? parts[0] + "-" + parts[1] : action;
        switch (verb, at.Length)
        {
            case ("add-section", 0) when Sections.Count < MaxSections:
                Sections.Add(new SectionForm { Id = Surveys.EditorIds.New("s"), Questions = [QuestionForm.New(QuestionType.SingleChoice)] });
                return true;
            case ("remove-section", 1) when Valid(Sections, at[0]):
                Sections.RemoveAt(at[0]);
                return true;
            case ("add-question", 1) when Valid(Sections, at[0]) && Sections[at[0]].Questions.Count < MaxQuestions:
                Sections[at[0]].Questions.Add(QuestionForm.New(Enum.TryParse<QuestionType>(newQuestionType, out var type) && SurveyLabels.QuestionTypes.Contains(type) ? type : QuestionType.SingleChoice));
                return true;
            case ("remove-question", 2) when Question(at) is not null:
                Sections[at[0]].Questions.RemoveAt(at[1]);
                return true;
            case ("up-question", 2) or ("down-question", 2) when Question(at) is not null:
                return Move(Sections[at[0]].Questions, at[1], verb.StartsWith("up", StringComparison.Ordinal) ? -1 : 1);
            case ("type-question", 2) when Question(at) is { } question:
                question.ApplyType();
                return true;
            case ("add-option", 2) when Question(at) is { } question && question.Options.Count < MaxOptions:
                question.Options.Add(new OptionForm { Id = Surveys.EditorIds.New("o") });
                return true;
            case ("remove-option", 3) when Question(at) is { } question && Valid(question.Options, at[2]):
                question.Options.RemoveAt(at[2]);
                return true;
            case ("up-option", 3) or ("down-option", 3) when Question(at) is { } question && Valid(question.Options, at[2]):
                return Move(question.Options, at[2], verb.StartsWith("up", StringComparison.Ordinal) ? -1 : 1);
            default:
                return false;
        }
    }

    private QuestionForm? Question(int[] at) =>
        Valid(Sections, at[0]) && Valid(Sections[at[0]].Questions, at[1]) ? Sections[at[0]].Questions[at[1]] : null;

    private static bool Valid<T>(List<T> list, int index) => index >= 0 && index < list.Count;

    private static bool Move<T>(List<T> list, int index, int by)
    {
        var to = index + by;
        if (to < 0 || to >= list.Count)
        {
            return true;
        }

        (list[index], list[to]) = (list[to], list[index]);
        return true;
    }

    /// <summary>The row numbers of a repeated part: the count the form states, cut at the most allowed.</summary>
    internal static IEnumerable<int> Rows(IFormCollection form, string countField, int max) =>
        Enumerable.Range(0, int.TryParse(form[countField], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 0, max) : 0);
}

/// <summary>A section of the editor: its key, heading and questions.</summary>
internal sealed class SectionForm
{
    public string Id { get; init; } = "";

    public string TitleDa { get; init; } = "";

    public string TitleEn { get; init; } = "";

    public List<QuestionForm> Questions { get; init; } = [];

    public static SectionForm Of(Section section) => new()
    {
        Id = section.Id,
        TitleDa = section.Title?.Da ?? "",
        TitleEn = section.Title?.En ?? "",
        Questions = [.. section.Questions.Select(QuestionForm.Of)],
    };

    public static SectionForm Read(IFormCollection form, string prefix) => new()
    {
        Id = form[prefix + "-id"].ToString(),
        TitleDa = form[prefix + "-title-da"].ToString(),
        TitleEn = form[prefix + "-title-en"].ToString(),
        Questions = [.. SurveyForm.Rows(form, prefix + "-questions", SurveyForm.MaxQuestions).Select(q => QuestionForm.Read(form, $"{prefix}-q{q}"))],
    };

    public Section ToSection(string path, Validation validation) => new()
    {
        Id = Id,
        Title = new LocalText { Da = TitleDa.Trim(), En = TitleEn.Trim() },
        Questions = { Questions.Select((question, q) => question.ToQuestion($"{path}.questions[{q}]", validation)) },
    };
}

/// <summary>A question of the editor, every value as typed. Public only because QuestionEditor, a component, takes it as a parameter.</summary>
public sealed class QuestionForm
{
    public string Id { get; init; } = "";

    public string Type { get; set; } = "";

    public string TextDa { get; init; } = "";

    public string TextEn { get; init; } = "";

    public bool Required { get; init; }

    public List<OptionForm> Options { get; init; } = [];

    public string Min { get; init; } = "0";

    public string Max { get; init; } = "10";

    public string MaxLength { get; init; } = "0";

    /// <summary>The skip rule: "" (always shown), or "{question id}|{option id},{option id}".</summary>
    public string ShowIf { get; init; } = "";

    public QuestionType TypeValue => Enum.TryParse<QuestionType>(Type, out var type) && Enum.IsDefined(type) ? type : QuestionType.Unspecified;

    public bool HasChoices => DefinitionValidation.HasChoices(TypeValue);

    /// <summary>A new question of the type, with empty answer options as many as the type starts with.</summary>
    public static QuestionForm New(QuestionType type)
    {
        var question = new QuestionForm { Id = Surveys.EditorIds.New("q"), Type = type.ToString(), Required = true };
        question.ApplyType();
        return question;
    }

    public static QuestionForm Of(Question question) => new()
    {
        Id = question.Id,
        Type = question.Type.ToString(),
        TextDa = question.Text?.Da ?? "",
        TextEn = question.Text?.En ?? "",
        Required = question.Required,
        Options = [.. question.Options.Select(option => new OptionForm { Id = option.Id, Da = option.Label?.Da ?? "", En = option.Label?.En ?? "", Positive = option.Positive })],
        Min = question.Min.ToString(CultureInfo.InvariantCulture),
        Max = question.Max.ToString(CultureInfo.InvariantCulture),
        MaxLength = question.MaxLength.ToString(CultureInfo.InvariantCulture),
        ShowIf = question.ShowIf is { } rule ? $"{rule.QuestionId}|{string.Join(',', rule.OptionIds)}" : "",
    };

    public static QuestionForm Read(IFormCollection form, string prefix) => new()
    {
        Id = form[prefix + "-id"].ToString(),
        Type = form[prefix + "-type"].ToString(),
        TextDa = form[prefix + "-text-da"].ToString(),
        TextEn = form[prefix + "-text-en"].ToString(),
        Required = form[prefix + "-required"] == "true",
        Options = [.. SurveyForm.Rows(form, prefix + "-options", SurveyForm.MaxOptions).Select(o => new OptionForm
        {
            Id = form[$"{prefix}-o{o}-id"].ToString(),
            Da = form[$"{prefix}-o{o}-da"].ToString(),
            En = form[$"{prefix}-o{o}-en"].ToString(),
            Positive = form[$"{prefix}-o{o}-positive"] == "true",
        })],
        Min = form[prefix + "-min"].ToString(),
        Max = form[prefix + "-max"].ToString(),
        MaxLength = form[prefix + "-maxlength"].ToString(),
        ShowIf = form[prefix + "-showif"].ToString(),
    };

    /// <summary>After a change of type: a choice type gets the answer options it starts with (three faces for a smiley), keeping those typed.</summary>
    public void ApplyType()
    {
        var least = TypeValue switch
        {
            QuestionType.Smiley or QuestionType.Likert => 3,
            QuestionType.SingleChoice or QuestionType.MultipleChoice => 2,
            _ => 0,
        };
        while (Options.Count < least)
        {
            Options.Add(new OptionForm { Id = Surveys.EditorIds.New("o") });
        }
    }

    public Question ToQuestion(string path, Validation validation)
    {
        var type = TypeValue;
        var question = new Question { Id = Id, Type = type, Text = new LocalText { Da = TextDa.Trim(), En = TextEn.Trim() }, Required = Required };
        if (HasChoices)
        {
            question.Options.AddRange(Options.Select(option => new Option { Id = option.Id, Label = new LocalText { Da = option.Da.Trim(), En = option.En.Trim() }, Positive = option.Positive }));
        }

        if (type == QuestionType.Number)
        {
            question.Min = Number(Min, $"{path}.min", validation);
            question.Max = Number(Max, $"{path}.max", validation);
        }

        if (type == QuestionType.FreeText)
        {
            var valid = int.TryParse(MaxLength.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var length);
            validation.Check(valid, $"{path}.max_length", "must be a whole number");
            question.MaxLength = valid ? length : 0;
        }

        if (ShowIf.Split('|') is [var questionId, var optionIds] && questionId.Length > 0)
        {
            question.ShowIf = new ShowIf { QuestionId = questionId, OptionIds = { optionIds.Split(',', StringSplitOptions.RemoveEmptyEntries) } };
        }

        return question;
    }

    /// <summary>A number as a person writes it, with a Danish decimal comma or a point.</summary>
    private static double Number(string text, string field, Validation validation)
    {
        var valid = double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);
        validation.Check(valid, field, "must be a number");
        return valid ? number : 0;
    }
}

/// <summary>An answer option of the editor.</summary>
public sealed class OptionForm
{
    public string Id { get; init; } = "";

    public string Da { get; init; } = "";

    public string En { get; init; } = "";

    public bool Positive { get; init; }
}
