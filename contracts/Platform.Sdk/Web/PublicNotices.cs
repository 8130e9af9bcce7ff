using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Directory;

namespace Platform.Sdk.Web;

/// <summary>
/// The privacy notice and the accessibility statement every public page links to (<see cref="PublicPage.Footer"/>).
/// The municipality is responsible for what its pages keep, so both name it and its contact from its settings. The
/// notices are in Danish, and in English for a reader of any other language; the footer's link texts are in the page's
/// own language.
/// </summary>
public static class PublicNotices
{
    private static readonly Dictionary<string, (string Privacy, string Accessibility)> LinkTexts = new(StringComparer.Ordinal)
    {
        ["da"] = ("Privatliv", "Tilgængelighedserklæring"),
        ["en"] = ("Privacy", "Accessibility statement"),
        ["ar"] = ("الخصوصية", "بيان إمكانية الوصول"),
        ["tr"] = ("Gizlilik", "Erişilebilirlik beyanı"),
        ["ur"] = ("رازداری", "رسائی کا بیان"),
        ["so"] = ("Arrimaha gaarka ah", "Bayaanka helitaanka"),
        ["uk"] = ("Конфіденційність", "Заява про доступність"),
    };

    /// <summary>
    /// Maps a module's two notices for anonymous readers, <c>/{module}/privacy/{code}</c> and
    /// <c>/{module}/accessibility/{code}</c> with <c>?lang=</c>; an unknown municipality gets a page that says so (404).
    /// </summary>
    /// <param name="endpoints">The module's public endpoints.</param>
    /// <param name="facts">What the module's public pages keep, in the notice's language.</param>
    /// <param name="moduleId">The module's id, the first segment of its public addresses: the notices link to each other.</param>
    public static void MapPublicNotices(this IEndpointRouteBuilder endpoints, string moduleId, Func<PageLanguage, PrivacyFacts> facts)
    {
        endpoints.MapGet("/privacy/{code}", (string code, string? lang, IMunicipalityDirectory directory, CancellationToken cancellationToken) =>
                ShowAsync(code, lang, directory, (language, municipality) => Privacy(language, municipality, facts(language)), cancellationToken))
            .AsPublicPage(moduleId, RouteCode);
        endpoints.MapGet("/accessibility/{code}", (string code, string? lang, IMunicipalityDirectory directory, CancellationToken cancellationToken) =>
                ShowAsync(code, lang, directory, Accessibility, cancellationToken))
            .AsPublicPage(moduleId, RouteCode);
    }

    /// <summary>The municipality code of a public address whose route has it as <c>{code}</c>.</summary>
    public static string? RouteCode(HttpContext http) => http.GetRouteValue("code") as string;

    /// <summary>The footer of a module's public page in <paramref name="languageCode"/>: links to its two notices in the municipality.</summary>
    public static Html Footer(string languageCode, string moduleId, string municipalityCode)
    {
        var (privacy, accessibility) = LinkTexts.GetValueOrDefault(languageCode, LinkTexts["en"]);
        var notices = LanguageFor(languageCode).Code;
        var privacyHref = $"/{moduleId}/privacy/{municipalityCode}?lang={notices}";
        var accessibilityHref = $"/{moduleId}/accessibility/{municipalityCode}?lang={notices}";
        return Html.Of($"""
            <footer class="notices">
            <ul>
            <li><a href="{privacyHref}">{privacy}</a></li>
            <li><a href="{accessibilityHref}">{accessibility}</a></li>
            </ul>
            </footer>

            """);
    }

    /// <summary>Danish for <c>da</c>, English for any other language the page was read in.</summary>
    public static PageLanguage LanguageFor(string? languageCode) => languageCode is null or "da" ? PageLanguage.Danish : PageLanguage.English;

    /// <summary>The privacy notice of a module's public page in a municipality: what is kept, why and how long, who answers for it, the reader's rights.</summary>
    public static PublicPage Privacy(PageLanguage language, MunicipalityInfo municipality, PrivacyFacts facts)
    {
        var english = language == PageLanguage.English;
        var title = english ? $"Privacy: {facts.Subject}" : $"Privatliv: {facts.Subject}";
        var body = english
            ? Html.Of($"""
                <h1>{title}</h1>
                <p>The municipality of {municipality.Name} is responsible for the information on this page (the data controller).</p>
                <h2>What we store</h2>
                <ul>
                {Items(facts.Stored)}</ul>
                <h2>Why</h2>
                <p>{facts.Purpose}</p>
                <h2>For how long</h2>
                <p>{facts.Kept}</p>
                <h2>Your rights</h2>
                <p>You may ask to see what is stored about you, have it corrected or deleted, and object to its use. Write to or call the municipality:</p>
                {Contact(municipality, english)}<h2>Complaints</h2>
                <p>If you are not satisfied with the municipality's answer, you can complain to the Danish Data Protection Agency (Datatilsynet), datatilsynet.dk.</p>

                """)
            : Html.Of($"""
                <h1>{title}</h1>
                <p>Kommunen, {municipality.Name}, er ansvarlig for oplysningerne på denne side (dataansvarlig).</p>
                <h2>Det gemmer vi</h2>
                <ul>
                {Items(facts.Stored)}</ul>
                <h2>Hvorfor</h2>
                <p>{facts.Purpose}</p>
                <h2>Så længe</h2>
                <p>{facts.Kept}</p>
                <h2>Dine rettigheder</h2>
                <p>Du kan bede om at se, hvad der er gemt om dig, få det rettet eller slettet og gøre indsigelse mod brugen. Skriv eller ring til kommunen:</p>
                {Contact(municipality, english)}<h2>Klage</h2>
                <p>Er du ikke tilfreds med kommunens svar, kan du klage til Datatilsynet, datatilsynet.dk.</p>

                """);
        return new PublicPage(language, title, body);
    }

    /// <summary>The accessibility statement of the public pages: the standard, how they are tested, what is known to fall short, and whom to tell.</summary>
    public static PublicPage Accessibility(PageLanguage language, MunicipalityInfo municipality)
    {
        var english = language == PageLanguage.English;
        var title = english ? "Accessibility statement" : "Tilgængelighedserklæring";
        var body = english
            ? Html.Of($"""
                <h1>{title}</h1>
                <p>The municipality of {municipality.Name} wants everyone to be able to use its pages for children, parents and partners. They are made to meet WCAG 2.1 level AA, as the Danish act on the accessibility of public sector websites requires.</p>
                <h2>How the pages are tested</h2>
                <ul>
                <li>Every page is checked automatically with axe-core in every language it offers.</li>
                <li>Every page is used with the keyboard alone, on a phone 320 pixels wide and on a computer screen.</li>
                <li>The pages work without JavaScript, can be zoomed to 200 %, and have labels for screen readers.</li>
                </ul>
                <h2>What falls short</h2>
                <p>This statement and the privacy notice are in Danish and English only, not in the other languages the pages offer.</p>
                <h2>Tell us</h2>
                <p>If something on a page does not work for you, tell the municipality, and we will help you in another way:</p>
                {Contact(municipality, english)}<h2>Complaints</h2>
                <p>If you are not satisfied with the answer, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen), digst.dk, which enforces the act.</p>

                """)
            : Html.Of($"""
                <h1>Tilgængeligheds&shy;erklæring</h1>
                <p>Kommunen, {municipality.Name}, vil have, at alle kan bruge dens sider for børn, forældre og samarbejdspartnere. Siderne er lavet til at opfylde WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers websteder kræver.</p>
                <h2>Sådan er siderne testet</h2>
                <ul>
                <li>Hver side kontrolleres automatisk med axe-core på alle de sprog, den findes på.</li>
                <li>Hver side bruges med tastaturet alene, på en telefon 320 pixels bred og på en computerskærm.</li>
                <li>Siderne virker uden JavaScript, kan forstørres til 200 % og har tekster til skærmlæsere.</li>
                </ul>
                <h2>Det mangler</h2>
                <p>Denne erklæring og privatlivserklæringen findes kun på dansk og engelsk, ikke på de andre sprog, siderne tilbyder.</p>
                <h2>Sig det til os</h2>
                <p>Virker noget på en side ikke for dig, så sig det til kommunen, så hjælper vi dig på en anden måde:</p>
                {Contact(municipality, english)}<h2>Klage</h2>
                <p>Er du ikke tilfreds med svaret, kan du klage til Digitaliseringsstyrelsen, digst.dk, som håndhæver loven.</p>

                """);
        return new PublicPage(language, title, body);
    }

    private static async Task<IResult> ShowAsync(
        string code, string? lang, IMunicipalityDirectory directory, Func<PageLanguage, MunicipalityInfo, PublicPage> page, CancellationToken cancellationToken)
    {
        var language = LanguageFor(lang);
        var municipality = await directory.FindMunicipalityAsync(code, cancellationToken);
        return municipality is null
            ? PublicPage.Message(language, language == PageLanguage.English ? "Page not found" : "Siden findes ikke",
                language == PageLanguage.English ? "No municipality on the platform has this code. Check the address." : "Ingen kommune på platformen har denne kode. Tjek adressen.")
                .Result(StatusCodes.Status404NotFound)
            : page(language, municipality).Result();
    }

    private static Html Items(IEnumerable<string> lines) => Html.Join(lines.Select(line => Html.Of($"<li>{line}</li>\n")));

    /// <summary>The municipality's e-mail and telephone from its settings, or where to look when it has set neither.</summary>
    private static Html Contact(MunicipalityInfo municipality, bool english)
    {
        var lines = new List<Html>();
        if (municipality.ContactEmail.Length > 0)
        {
            lines.Add(Html.Of($"<li>E-mail: <a href=\"mailto:{municipality.ContactEmail}\">{municipality.ContactEmail}</a></li>\n"));
        }

        if (municipality.ContactPhone.Length > 0)
        {
            lines.Add(Html.Of($"<li>{(english ? "Telephone" : "Telefon")}: <a href=\"tel:{municipality.ContactPhone.Replace(" ", "", StringComparison.Ordinal)}\">{municipality.ContactPhone}</a></li>\n"));
        }

        return lines.Count > 0
            ? Html.Of($"<ul class=\"contact\">\n{Html.Join(lines)}</ul>\n")
            : Html.Of($"<p>{(english ? "Find the contact details on the municipality's website." : "Find kontaktoplysningerne på kommunens hjemmeside.")}</p>\n");
    }
}
