using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Reporting.V1;
using Platform.SampleModule.V1;
using Platform.Sdk.Disclosure;
using Platform.Testing;

namespace Platform.Reporting.Tests.Infrastructure;

/// <summary>
/// The known data set the report tests seed through the sample module: notes by known authors in 2026 Q2 (the
/// reported quarter), Q1 (the quarter before) and 2025 Q4 (outside both), and the figures straight from it.
/// </summary>
public sealed class KnownDataSet(IReadOnlyList<string> codes, IReadOnlyList<SeedNote> notes)
{
    public static readonly Quarter Period = new() { Year = 2026, Quarter_ = 2 };

    public static readonly Quarter PreviousPeriod = new() { Year = 2026, Quarter_ = 1 };

    /// <summary>The seed is the sample module's notes, so the sample module's indicators are the ones it determines.</summary>
    public const string Prefix = "sample.";

    public IReadOnlyList<string> Codes => codes;

    public IReadOnlyList<SeedNote> Notes => notes;

    /// <summary>
    /// Three municipalities, taken from the host's <paramref name="codes"/>. Authors this quarter: 7, 2 and 4 (13 in all);
    /// last quarter: 3, 6 and none (9 in all). Each municipality's authors of one quarter write in another too (the
    /// third's in 2025 Q4), so an author's key must not depend on the quarter.
    /// </summary>
    public static KnownDataSet For(MunicipalityCodes codes)
    {
        var taken = codes.Take(3);
        var (a, b, c) = (taken[0], taken[1], taken[2]);
        var notes = new List<SeedNote>();
        Write(notes, a, authors: 7, notesEach: 2, new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero), daysApart: 70);
        Write(notes, a, authors: 3, notesEach: 1, new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero), daysApart: 9);
        Write(notes, b, authors: 2, notesEach: 3, new DateTimeOffset(2026, 5, 30, 23, 30, 0, TimeSpan.Zero), daysApart: 1);
        Write(notes, b, authors: 6, notesEach: 1, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), daysApart: 17);
        Write(notes, c, authors: 4, notesEach: 1, new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), daysApart: 0);
        Write(notes, c, authors: 2, notesEach: 1, new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.Zero), daysApart: 0);
        notes.Add(new SeedNote(a, "", new DateTimeOffset(2026, 5, 5, 12, 0, 0, TimeSpan.Zero)));
        return new KnownDataSet([a, b, c], notes);
    }

    public async Task SeedAsync(TestPlatform platform)
    {
        var service = new NoteService.NoteServiceClient(platform.Channel);
        foreach (var note in notes)
        {
            await service.AddNoteAsync(new AddNoteRequest
            {
                MunicipalityCode = note.MunicipalityCode,
                Text = "seed",
                AuthorEmail = note.AuthorEmail,
                CreatedAt = Timestamp.FromDateTimeOffset(note.CreatedAt),
            }, platform.AsAdmin());
        }
    }

    /// <summary>The raw figure of an indicator straight from the seed: one municipality, one quarter, one dimension value.</summary>
    public decimal Raw(string indicatorId, string code, Quarter quarter, string? month = null)
    {
        var inQuarter = Written(code, quarter);
        return indicatorId switch
        {
            "sample.notes" => notes.Count(n => n.MunicipalityCode == code),
            "sample.notes-by-month" => inQuarter.Count(n => n.CreatedAt.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == month),
            "sample.authors" => Authors(code, quarter).Count,
            _ => throw new ArgumentOutOfRangeException(nameof(indicatorId), indicatorId, "not in the known data set"),
        };
    }

    /// <summary>
    /// The cell of a municipality's authors in a quarter, from the record keys stored in the host's database: the seed's
    /// authors of the quarter, each once, with the smallest key among all of their notes in the municipality. For code
    /// "" the partnership's total: the sum of the municipalities' cells.
    /// </summary>
    public async Task<PeopleCount> StoredAuthorsAsync(TestPlatform platform, string code, Quarter quarter)
    {
        if (code == "")
        {
            return PeopleCount.Sum(await Task.WhenAll(codes.Select(member => StoredAuthorsAsync(platform, member, quarter))));
        }

        var authors = Authors(code, quarter);
        return authors.Count == 0 ? default : await StoredCells.OfAsync(platform,
            """(SELECT "MunicipalityCode", "AuthorEmail", MIN("RecordKey") AS "RecordKey" FROM sample_notes GROUP BY "MunicipalityCode", "AuthorEmail") AS authors""",
            $""" "MunicipalityCode" = '{code}' AND "AuthorEmail" IN ({string.Join(", ", authors.Select(author => $"'{author}'"))})""");
    }

    private List<string> Authors(string code, Quarter quarter) =>
        [.. Written(code, quarter).Select(n => n.AuthorEmail).Where(author => author != "").Distinct()];

    private List<SeedNote> Written(string code, Quarter quarter)
    {
        var from = new DateTimeOffset(quarter.Year, ((quarter.Quarter_ - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. notes.Where(n => n.MunicipalityCode == code && n.CreatedAt >= from && n.CreatedAt < from.AddMonths(3))];
    }

    private static void Write(List<SeedNote> notes, string code, int authors, int notesEach, DateTimeOffset first, int daysApart)
    {
        for (var author = 0; author < authors; author++)
        {
            for (var note = 0; note < notesEach; note++)
            {
                notes.Add(new SeedNote(code, $"author{author}.{code}@example.dk", first.AddDays(daysApart * ((author * notesEach) + note) / Math.Max(authors * notesEach, 1))));
            }
        }
    }
}
