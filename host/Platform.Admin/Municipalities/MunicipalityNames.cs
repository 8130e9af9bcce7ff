using System.CommandLine;
using System.Text;
using Platform.Admin.Cli;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Municipalities;

/// <summary>
/// Finds a municipality by its code or its name among the host's 98. A name matches whatever its case, with or without
/// the Danish letters written out (Ishøj, ishoj; Høje-Taastrup, hoeje taastrup; Tårnby, taarnby). A name that is only
/// part of one, or matches none, stops the command with the nearest names and their codes: the CLI never guesses which
/// municipality an administrator meant.
/// </summary>
internal static class MunicipalityNames
{
    private const int Suggestions = 3;

    private const int Listable = 5;

    public const string Description =
        "The municipality: its 4-digit code (0183) or its name (Ishøj; case and Danish letters may be left out: ishoj).";

    public static Argument<string> Argument() => new("municipality") { Description = Description };

    public static async Task<string> CodeOfAsync(AdminSession session, string codeOrName, CancellationToken cancellationToken)
    {
        var text = codeOrName.Trim();
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return text;
        }

        var known = (await new MunicipalityService.MunicipalityServiceClient(session.Channel).ListKnownMunicipalitiesAsync(
            new ListKnownMunicipalitiesRequest(), session.CallOptions(cancellationToken))).Municipalities;
        return Find(known, text).Code;
    }

    private static KnownMunicipality Find(IReadOnlyList<KnownMunicipality> known, string name)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            throw new CommandFailedException(
                $"'{name}' is neither a municipality code nor a name. Give a code such as 0183 or a name such as Ishøj.");
        }

        var exact = known.Where(municipality => Key(municipality.Name) == key).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var partial = known.Where(municipality => Key(municipality.Name).Contains(key, StringComparison.Ordinal)).ToList();
        if (partial.Count > 0)
        {
            throw new CommandFailedException(
                $"'{name}' is not a whole municipality name; it could be {Listed(partial, "or")}. Give the whole name or the code.");
        }

        var nearest = known.Select(municipality => (Municipality: municipality, Distance: Distance(Key(municipality.Name), key)))
            .Where(candidate => candidate.Distance <= Math.Max(2, key.Length / 2))
            .OrderBy(candidate => candidate.Distance).ThenBy(candidate => candidate.Municipality.Name, StringComparer.Ordinal)
            .Take(Suggestions).Select(candidate => candidate.Municipality).ToList();
        throw new CommandFailedException(
            $"No municipality is called '{name}'. " +
            (nearest.Count == 0 ? "" : $"The nearest {(nearest.Count == 1 ? "name is" : "names are")} {Listed(nearest, "and")}. ") +
            "'platform-admin municipality known' lists all 98 with their codes.");
    }

    /// <summary>
    /// The name as it compares: lower case, letters and digits only, the Danish letters and their written-out forms
    /// (æ and ae, ø and oe, å and aa) made one, and other accents dropped.
    /// </summary>
    private static string Key(string name)
    {
        var folded = name.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(folded.Length);
        foreach (var character in folded.Where(char.IsAsciiLetterOrDigit))
        {
            letters.Append(character);
        }

        return letters.ToString().Replace("aa", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal);
    }

    private static string Listed(IReadOnlyList<KnownMunicipality> municipalities, string conjunction)
    {
        var items = municipalities.Take(Listable).Select(municipality => $"{municipality.Name} ({municipality.Code})").ToList();
        if (municipalities.Count > Listable)
        {
            items.Add($"{municipalities.Count - Listable} more");
        }

        return items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} {conjunction} {items[^1]}";
    }

    /// <summary>The Levenshtein distance: how many letters must be added, removed or replaced to turn one key into the other.</summary>
    private static int Distance(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        for (var i = 1; i <= from.Length; i++)
        {
            var current = new int[to.Length + 1];
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var replace = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                current[j] = Math.Min(replace, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[to.Length];
    }
}
