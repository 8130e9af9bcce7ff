using Platform.Events.Data;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>
/// The sign-up form and the cancel page. The form: a label for every field, the groups as radio buttons in a fieldset
/// with a legend, hints and errors tied to their field (aria-describedby), a summary of errors at the top, and focus
/// on the first wrong field. The browser's own checks are off (novalidate), so every visitor gets the same messages
/// from the server.
/// </summary>
internal static class SignUpForm
{
    /// <summary>The pages' own rules after the shared ones: the event's facts and agenda, text fields and the notice.</summary>
    private const string Styles = """
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .field { margin: 1rem 0; }
        .field label { display: block; font-weight: 600; }
        input[type=text], input[type=email] { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; min-height: 2.75rem; border: 2px solid #6b6b6b; border-radius: 0.375rem; }
        input[aria-invalid=true] { border-color: #a50e0e; }
        .hint { margin: 0; }
        .notice { border-left: 6px solid #0b4f8a; background: #eef5fb; padding: 0.5rem 1rem; }
        .agenda { padding-left: 1.25rem; }
        .agenda li { margin: 0.25rem 0; }
        .time { font-weight: 600; }
        .error { margin: 0.25rem 0; }
        """;

    public static PublicPage Render(EventRecord record, SignUpTexts texts, string switchHref, SignUpEntry entry, IReadOnlyDictionary<string, string> errors)
    {
        var full = EventFacts.IsFull(record) ? Html.Of($"<p class=\"notice\">{texts.Full}</p>\n") : Html.Empty;
        var focus = errors.Keys.FirstOrDefault();
        var body = Html.Of($"""
            <h1>{record.Title}</h1>
            <p>{texts.Intro}</p>
            {EventFacts.Section(record, texts, withSeats: true)}{full}{ErrorSummary(errors, texts)}<form method="post" novalidate>
            <input type="hidden" name="lang" value="{texts.Language.Code}">
            {TextField("name", "text", "name", texts.Name, null, entry.Name, errors, focus)}{TextField("email", "email", "email", texts.Email, texts.EmailHint, entry.Email, errors, focus)}{TextField("organisation", "text", "organization", texts.Organisation, texts.OrganisationHint, entry.Organisation, errors, focus)}{GroupField(texts, entry, errors, focus)}<button type="submit">{texts.Submit}</button>
            </form>

            """);
        return new PublicPage(texts.Language, record.Title, body) { OtherLanguageHref = switchHref, Styles = Styles };
    }

    /// <summary>The cancel page: the event, the question, and the button that posts the cancellation.</summary>
    public static PublicPage RenderCancel(EventRecord record, SignUpTexts texts, string switchHref)
    {
        var body = Html.Of($"""
            <h1>{texts.CancelTitle}</h1>
            <h2>{record.Title}</h2>
            {EventFacts.Section(record, texts, withSeats: false)}<p class="notice">{SignUpTexts.Fill(texts.CancelQuestion, record.Title)}</p>
            <form method="post">
            <input type="hidden" name="lang" value="{texts.Language.Code}">
            <button type="submit">{texts.CancelButton}</button>
            </form>

            """);
        return new PublicPage(texts.Language, texts.CancelTitle, body) { OtherLanguageHref = switchHref, Styles = Styles };
    }

    private static Html ErrorSummary(IReadOnlyDictionary<string, string> errors, SignUpTexts texts) => errors.Count == 0
        ? Html.Empty
        : Html.Of($"""
            <div class="errors" role="alert">
            <p>{texts.ErrorSummary}</p>
            <ul>
            {errors.Select(error => Html.Of($"<li><a href=\"#{(error.Key == "group" ? "group-" + SignUpEntry.GroupValues[0].Value : error.Key)}\">{error.Value}</a></li>\n"))}</ul>
            </div>

            """);

    private static Html TextField(
        string name, string type, string autocomplete, string label, string? hint, string value, IReadOnlyDictionary<string, string> errors, string? focus)
    {
        var describedBy = new List<string>();
        var hintText = Html.Empty;
        if (hint is not null)
        {
            hintText = Html.Of($"<p class=\"hint\" id=\"{name}-hint\">{hint}</p>\n");
            describedBy.Add(name + "-hint");
        }

        var errorText = Html.Empty;
        if (errors.TryGetValue(name, out var error))
        {
            errorText = Html.Of($"<p class=\"error\" id=\"{name}-error\">{error}</p>\n");
            describedBy.Add(name + "-error");
        }

        var described = describedBy.Count > 0 ? Html.Of($" aria-describedby=\"{string.Join(' ', describedBy)}\"") : Html.Empty;
        var invalid = error is not null ? Html.Of($" aria-invalid=\"true\"") : Html.Empty;
        var autofocus = focus == name ? Html.Of($" autofocus") : Html.Empty;
        return Html.Of($"""
            <div class="field">
            <label for="{name}">{label}</label>
            {hintText}{errorText}<input id="{name}" name="{name}" type="{type}" autocomplete="{autocomplete}" value="{value}"{described}{invalid}{autofocus}>
            </div>

            """);
    }

    private static Html GroupField(SignUpTexts texts, SignUpEntry entry, IReadOnlyDictionary<string, string> errors, string? focus)
    {
        var hasError = errors.TryGetValue("group", out var error);
        var described = hasError ? Html.Of($" aria-describedby=\"group-error\"") : Html.Empty;
        var errorText = hasError ? Html.Of($"<p class=\"error\" id=\"group-error\">{error}</p>\n") : Html.Empty;
        var choices = SignUpEntry.GroupValues.Select((choice, index) =>
        {
            var isChecked = entry.Group == choice.Value ? Html.Of($" checked") : Html.Empty;
            var autofocus = index == 0 && focus == "group" ? Html.Of($" autofocus") : Html.Empty;
            return Html.Of($"<div class=\"choice\"><input type=\"radio\" name=\"group\" id=\"group-{choice.Value}\" value=\"{choice.Value}\"{isChecked}{autofocus}><label for=\"group-{choice.Value}\">{texts.Groups[choice.Group]}</label></div>\n");
        });
        return Html.Of($"<fieldset{described}>\n<legend>{texts.Group}</legend>\n{errorText}{choices}</fieldset>\n");
    }
}
