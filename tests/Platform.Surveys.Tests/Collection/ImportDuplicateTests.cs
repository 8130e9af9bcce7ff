using Npgsql;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.Collection;

/// <summary>A response id counts once, whichever way it came in first: an import names the ids that were stored before.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportDuplicateTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_import_of_a_response_already_submitted_through_a_link_stores_the_rest_and_names_the_id_it_skipped()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        var submittedId = Guid.NewGuid();
        var repeatedId = Guid.NewGuid();
        await SurveyFactory.SubmitAsync(platform, link, submittedId, Answers.Choice("mood", "happy"));
        var papers = new[] { Imports.Paper(survey, "sad", responseId: submittedId), Imports.Paper(survey, "happy", responseId: repeatedId), Imports.Paper(survey, "happy", responseId: repeatedId) }
            .Concat(Enumerable.Range(0, 4).Select(_ => Imports.Paper(survey, "happy")));

        var imported = await Imports.SendAsync(platform, papers);

        Assert.Equal((5, 2), (imported.Stored, imported.Duplicates));
        Assert.Equal(new[] { repeatedId.ToString(), submittedId.ToString() }.Order(StringComparer.Ordinal), imported.DuplicateResponseIds.Order(StringComparer.Ordinal));
        var mood = (await SurveyFactory.ResultsAsync(platform, survey)).Questions.Single(q => q.QuestionId == "mood");
        // The link's "happy" stays; the paper's "sad" for the same id was not counted.
        Stored.AssertShows(6, await Stored.AnswersAsync(platform, survey.Id, "mood", "happy"), mood.Options.Single(o => o.OptionId == "happy").Cell);
        Stored.AssertShows(0, await Stored.AnswersAsync(platform, survey.Id, "mood", "sad"), mood.Options.Single(o => o.OptionId == "sad").Cell);
    }

    [Fact]
    public async Task A_response_id_stored_by_another_import_while_this_import_writes_counts_as_a_duplicate_instead_of_failing()
    {
        var connectionString = await PostgresServer.NewDatabaseAsync();
        await using var own = await TestPlatform.StartAsync(settings:
            ["--Platform:Database:Provider=PostgreSql", $"--Platform:Database:ConnectionString={connectionString}"]);
        var code = own.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(own, code);
        var survey = await SurveyFactory.PublishedAsync(own, code);
        var shared = Guid.NewGuid();
        var client = new CollectionService.CollectionServiceClient(own.Channel);
        await using var database = new NpgsqlConnection(connectionString);
        await database.OpenAsync();

        // The first import sends a full batch, so it writes its rows (the shared id among them) without committing.
        using var first = client.ImportResponses(own.AsAdmin());
        await first.RequestStream.WriteAsync(Imports.Paper(survey, "happy", responseId: shared));
        foreach (var paper in Enumerable.Range(0, 1999).Select(_ => Imports.Paper(survey, "happy")))
        {
            await first.RequestStream.WriteAsync(paper);
        }

        await Poll.UntilAsync("the first import to insert into the responses", () => CountAsync(database, InsertingIntoResponses), count => count > 0, TimeSpan.FromSeconds(30));

        // The second import checks the shared id (not visible yet), inserts it and waits on the first one's row.
        using var second = client.ImportResponses(own.AsAdmin());
        await second.RequestStream.WriteAsync(Imports.Paper(survey, "sad", responseId: shared));
        await second.RequestStream.CompleteAsync();
        await Poll.UntilAsync("the second import to wait on the first one's row", () => CountAsync(database, WaitingOnALock), count => count > 0, TimeSpan.FromSeconds(30));
        await first.RequestStream.CompleteAsync();

        var firstResult = await first.ResponseAsync;
        var secondResult = await second.ResponseAsync;

        Assert.Equal((2000, 0), (firstResult.Stored, firstResult.Duplicates));
        Assert.Equal((0, 1), (secondResult.Stored, secondResult.Duplicates));
        Assert.Equal([shared.ToString()], secondResult.DuplicateResponseIds);
        var mood = (await SurveyFactory.ResultsAsync(own, survey)).Questions.Single(q => q.QuestionId == "mood");
        Stored.AssertShows(2000, await Stored.AnswersAsync(own, survey.Id, "mood", "happy"), mood.Options.Single(o => o.OptionId == "happy").Cell);
    }

    /// <summary>A session of this database holds the lock an INSERT into the responses takes until it commits.</summary>
    private const string InsertingIntoResponses = """
        SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND c.relname = 'sv_responses' AND l.mode = 'RowExclusiveLock' AND l.granted
        """;

    /// <summary>A session of this database waits for another transaction (the second import, on the first one's row).</summary>
    private const string WaitingOnALock = """
        SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
        """;

    private static async Task<long> CountAsync(NpgsqlConnection database, string sql)
    {
        await using var command = new NpgsqlCommand(sql, database);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
