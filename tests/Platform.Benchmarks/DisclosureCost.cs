using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Platform.Contracts.Surveys.V1;

namespace Platform.Benchmarks;

/// <summary>
/// What disclosure control costs a reader: a partnership survey's published results by municipality and by local area
/// against the true counts that raw SQL computes over the same SQLite file (answers per question, option and group,
/// and every margin). Prints the mean and largest absolute deviation of the counts shown as numbers, how many counts
/// a band hides, and the time of the raw SQL next to the results query's.
/// </summary>
public static class DisclosureCost
{
    public static void Print(string databaseFile, string surveyId, IReadOnlyDictionary<Breakdown, SurveyResults> published, double resultsMilliseconds)
    {
        var stopwatch = Stopwatch.StartNew();
        var truth = TrueCounts(databaseFile, surveyId);
        var sqlMilliseconds = stopwatch.Elapsed.TotalMilliseconds;
        var (shown, bands, deviation, largest) = (0, 0, 0L, 0);
        foreach (var (breakdown, results) in published)
        {
            foreach (var question in results.Questions)
            {
                foreach (var (group, options) in question.Groups.Select(g => (g.Group, g.Options)).Append(("", question.Options)))
                {
                    foreach (var option in options)
                    {
                        var key = (question.QuestionId, option.OptionId, breakdown == Breakdown.Municipality ? "m" : "a", group);
                        var count = group.Length == 0
                            ? truth.Where(t => t.Key.Question == question.QuestionId && t.Key.Option == option.OptionId && t.Key.Kind == "m").Sum(t => t.Value)
                            : truth.GetValueOrDefault(key);
                        if (option.Cell.Suppressed)
                        {
                            bands++;
                            continue;
                        }

                        shown++;
                        var off = Math.Abs(option.Cell.Count - count);
                        deviation += off;
                        largest = Math.Max(largest, off);
                    }
                }
            }
        }

        Console.WriteLine($"{"  Disclosure control: counts shown as numbers",-52} {shown,12:N0}      (and {bands:N0} shown as fewer than 5)");
        Console.WriteLine($"{"  Mean absolute deviation from the true count",-52} {(double)deviation / shown,12:N3}      (largest {largest}; the method's bound is 3)");
        Console.WriteLine($"{"  Raw SQL of the same true counts (baseline)",-52} {sqlMilliseconds,12:N0} ms   (results by area and by municipality: {resultsMilliseconds / sqlMilliseconds:N1} x)");
    }

    /// <summary>Answers per question, option and municipality ("m") or local area ("a").</summary>
    private static Dictionary<(string Question, string Option, string Kind, string Group), int> TrueCounts(string databaseFile, string surveyId)
    {
        var counts = new Dictionary<(string, string, string, string), int>();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        connection.Open();
        foreach (var (kind, column) in new[] { ("m", "MunicipalityCode"), ("a", "LocalAreaId") })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""select "QuestionId", "OptionId", "{column}", count(*) from sv_answers where "SurveyId" = $survey group by "QuestionId", "OptionId", "{column}" """;
            command.Parameters.AddWithValue("$survey", Guid.Parse(surveyId).ToString().ToUpperInvariant());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts[(reader.GetString(0), reader.GetString(1), kind, reader.GetString(2))] = reader.GetInt32(3);
            }
        }

        return counts;
    }
}
