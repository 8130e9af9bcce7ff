using System.Globalization;
using System.Text;
using Platform.Events.Data;
using static Platform.Events.SignUp.SignUpLayout;

namespace Platform.Events.SignUp;

/// <summary>
/// The sign-up form: a label for every field, the groups as radio buttons in a fieldset with a legend, hints and
/// errors tied to their field (aria-describedby), a summary of errors at the top, and focus on the first wrong field.
/// The browser's own checks are off (novalidate), so every visitor gets the same messages from the server.
/// </summary>
internal static class SignUpForm
{
    public static string Render(EventRecord record, SignUpTexts texts, string switchHref, SignUpEntry entry, IReadOnlyDictionary<string, string> errors)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Encode(record.Title)).Append("</h1>\n<p>").Append(Encode(texts.Intro)).Append("</p>\n<dl>\n<dt>")
            .Append(Encode(texts.When)).Append("</dt><dd>").Append(Encode(When(record))).Append("</dd>\n");
        if (record.Venue.Length > 0)
        {
            html.Append("<dt>").Append(Encode(texts.Where)).Append("</dt><dd>").Append(Encode(record.Venue)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
        if (record.Description.Length > 0)
        {
            html.Append("<p>").Append(Encode(record.Description)).Append("</p>\n");
        }

        if (record.WaitlistedSeats > 0 || (record.Capacity > 0 && record.SeatsTaken >= record.Capacity))
        {
            html.Append("<p class=\"notice\">").Append(Encode(texts.Full)).Append("</p>\n");
        }

        if (errors.Count > 0)
        {
            html.Append("<div class=\"errors\" role=\"alert\">\n<p>").Append(Encode(texts.ErrorSummary)).Append("</p>\n<ul>\n");
            foreach (var (field, message) in errors)
            {
                html.Append("<li><a href=\"#").Append(field == "group" ? "group-" + SignUpEntry.GroupValues[0].Value : field).Append("\">")
                    .Append(Encode(message)).Append("</a></li>\n");
            }

            html.Append("</ul>\n</div>\n");
        }

        var focus = errors.Keys.FirstOrDefault();
        html.Append("<form method=\"post\" novalidate>\n<input type=\"hidden\" name=\"lang\" value=\"").Append(texts.Language).Append("\">\n");
        TextField(html, "name", "text", "name", texts.Name, null, entry.Name, errors, focus);
        TextField(html, "email", "email", "email", texts.Email, texts.EmailHint, entry.Email, errors, focus);
        TextField(html, "organisation", "text", "organization", texts.Organisation, texts.OrganisationHint, entry.Organisation, errors, focus);
        GroupField(html, texts, entry, errors, focus);
        html.Append("<button type=\"submit\">").Append(Encode(texts.Submit)).Append("</button>\n</form>\n");
        return Page(texts, record.Title, html.ToString(), switchHref);
    }

    private static void TextField(
        StringBuilder html, string name, string type, string autocomplete, string label, string? hint, string value,
        IReadOnlyDictionary<string, string> errors, string? focus)
    {
        var describedBy = new List<string>();
        html.Append("<div class=\"field\">\n<label for=\"").Append(name).Append("\">").Append(Encode(label)).Append("</label>\n");
        if (hint is not null)
        {
            html.Append("<p class=\"hint\" id=\"").Append(name).Append("-hint\">").Append(Encode(hint)).Append("</p>\n");
            describedBy.Add(name + "-hint");
        }

        if (errors.TryGetValue(name, out var error))
        {
            html.Append("<p class=\"error\" id=\"").Append(name).Append("-error\">").Append(Encode(error)).Append("</p>\n");
            describedBy.Add(name + "-error");
        }

        html.Append("<input id=\"").Append(name).Append("\" name=\"").Append(name).Append("\" type=\"").Append(type)
            .Append("\" autocomplete=\"").Append(autocomplete).Append("\" value=\"").Append(Encode(value)).Append('"');
        if (describedBy.Count > 0)
        {
            html.Append(" aria-describedby=\"").Append(string.Join(' ', describedBy)).Append('"');
        }

        if (error is not null)
        {
            html.Append(" aria-invalid=\"true\"");
        }

        html.Append(focus == name ? " autofocus" : "").Append(">\n</div>\n");
    }

    private static void GroupField(StringBuilder html, SignUpTexts texts, SignUpEntry entry, IReadOnlyDictionary<string, string> errors, string? focus)
    {
        var hasError = errors.TryGetValue("group", out var error);
        html.Append("<fieldset").Append(hasError ? " aria-describedby=\"group-error\"" : "").Append(">\n<legend>")
            .Append(Encode(texts.Group)).Append("</legend>\n");
        if (hasError)
        {
            html.Append("<p class=\"error\" id=\"group-error\">").Append(Encode(error!)).Append("</p>\n");
        }

        var first = true;
        foreach (var (value, group) in SignUpEntry.GroupValues)
        {
            html.Append("<div class=\"choice\"><input type=\"radio\" name=\"group\" id=\"group-").Append(value).Append("\" value=\"").Append(value).Append('"')
                .Append(entry.Group == value ? " checked" : "").Append(first && focus == "group" ? " autofocus" : "")
                .Append("><label for=\"group-").Append(value).Append("\">").Append(Encode(texts.Groups[group])).Append("</label></div>\n");
            first = false;
        }

        html.Append("</fieldset>\n");
    }

    private static string When(EventRecord record)
    {
        var (start, end) = (CopenhagenTime.Local(record.Start), CopenhagenTime.Local(record.End));
        var endFormat = start.Date == end.Date ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "–" + end.ToString(endFormat, CultureInfo.InvariantCulture);
    }
}
