using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;

namespace Platform.Surveys.Definitions.Languages;

/// <summary>
/// The languages of a survey's texts: Danish and English in their own fields, the answer page's further languages
/// (<see cref="PageLanguage.All"/> after those two) in <c>LocalText.more</c> by code. A survey is offered in a
/// language when every one of its texts is in it; Danish always.
/// </summary>
internal static class SurveyLanguages
{
    /// <summary>The codes <c>LocalText.more</c> may hold.</summary>
    public static IReadOnlyList<string> MoreCodes { get; } =
        [.. PageLanguage.All.Where(language => language != PageLanguage.Danish && language != PageLanguage.English).Select(language => language.Code)];

    /// <summary>The text in the language, or "" when it has none.</summary>
    public static string In(LocalText? text, PageLanguage language) =>
        text is null ? ""
        : language == PageLanguage.Danish ? text.Da
        : language == PageLanguage.English ? text.En
        : text.More.GetValueOrDefault(language.Code, "");

    /// <summary>The text in the language, else in Danish.</summary>
    public static string Pick(LocalText? text, PageLanguage language) => In(text, language) is { Length: > 0 } found ? found : text?.Da ?? "";

    /// <summary>Danish, and every other language each text of the survey is in (an introduction only if it has one).</summary>
    public static IReadOnlyList<PageLanguage> Offered(SurveyDefinition definition)
    {
        var texts = Texts(definition).ToList();
        return [.. PageLanguage.All.Where(language => language == PageLanguage.Danish || texts.All(text => In(text, language).Length > 0))];
    }

    /// <summary>Every text of the survey a person answering it reads.</summary>
    public static IEnumerable<LocalText> Texts(SurveyDefinition definition) =>
        new[] { definition.Title }
            .Concat(definition.Introduction is { Da.Length: > 0 } introduction ? [introduction] : [])
            .Concat(definition.Sections.SelectMany(section => section.Questions.SelectMany(question => question.Options.Select(option => option.Label).Prepend(question.Text)).Prepend(section.Title)))
            .Where(text => text is not null);

    /// <summary>
    /// The edited definition with the further languages of the stored one kept in its texts that are still there
    /// (title, introduction, and sections, questions and options by id): the editor edits Danish and English only, and
    /// saving must not drop a translation. A translation the edited text has itself wins.
    /// </summary>
    public static SurveyDefinition KeepTranslations(SurveyDefinition stored, SurveyDefinition edited)
    {
        var kept = edited.Clone();
        Keep(stored.Title, kept.Title);
        Keep(stored.Introduction, kept.Introduction);
        var sections = stored.Sections.ToDictionary(section => section.Id);
        var questions = stored.Sections.SelectMany(section => section.Questions).ToDictionary(question => question.Id);
        foreach (var section in kept.Sections)
        {
            Keep(sections.GetValueOrDefault(section.Id)?.Title, section.Title);
            foreach (var question in section.Questions)
            {
                var before = questions.GetValueOrDefault(question.Id);
                Keep(before?.Text, question.Text);
                foreach (var option in question.Options)
                {
                    Keep(before?.Options.FirstOrDefault(o => o.Id == option.Id)?.Label, option.Label);
                }
            }
        }

        return kept;
    }

    private static void Keep(LocalText? from, LocalText? into)
    {
        if (from is null || into is null)
        {
            return;
        }

        foreach (var (code, text) in from.More)
        {
            into.More.TryAdd(code, text);
        }
    }
}
