using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Contracts.Core.V1;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Events.Tests.Notifications;

public sealed class OutboxSweepTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_outbox_message_whose_send_job_was_never_enqueued_goes_out_once_through_the_sweep()
    {
        await using var mail = new SmtpSink();
        await using var platform = await StartWithShortGraceAsync(mail);
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, workshop, "Ole Aflyser");
        await EventFactory.RegisterAsync(platform, code, workshop, "Pia Venter");
        // What a host that died between its commit and its enqueue leaves behind: a committed message and no send job.
        await WriteOrphanAsync(platform, code, "orphan@example.dk", DateTimeOffset.UtcNow.AddMinutes(-1));

        // A cancellation arms the municipality's sweep before its transaction, as the lost one did, and promotes Pia.
        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = first.Id }, platform.AsAdmin());
        await mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "orphan@example.dk") && all.Any(m => m.To.ToString() == "pia.venter@example.dk"), Bound);
        var jobs = new JobService.JobServiceClient(platform.Channel);
        await Poll.UntilAsync(
            "a sweep to succeed and every send job to be done",
            async () => (await jobs.ListJobsAsync(new ListJobsRequest(), platform.AsAdmin())).Jobs,
            all => all.Any(j => j is { Type: "events.outbox-sweep", State: JobState.Succeeded })
                   && all.All(j => j.State is JobState.Succeeded or JobState.Failed || j.Type != "events.send-message"),
            Bound);

        Assert.Single(mail.Received, m => m.To.ToString() == "orphan@example.dk");
        Assert.Single(mail.Received, m => m.To.ToString() == "pia.venter@example.dk");
        var sendJobs = (await jobs.ListJobsAsync(new ListJobsRequest { Type = "events.send-message" }, platform.AsAdmin())).Jobs;
        Assert.Equal(2, sendJobs.Count);
        Assert.All(sendJobs, j => Assert.Equal(JobState.Succeeded, j.State));
    }

    [Fact]
    public async Task An_unsent_message_still_within_the_grace_period_is_left_for_a_later_sweep_which_sends_it_once()
    {
        await using var mail = new SmtpSink();
        await using var platform = await StartWithShortGraceAsync(mail);
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Netværksmøde", capacity: 1));
        var first = await EventFactory.RegisterAsync(platform, code, workshop, "Rikke");
        // Dated a few seconds ahead, so that the first sweep (at most two grace periods away) still finds it within the
        // grace period, leaves it and arms a later sweep, which sends it.
        await WriteOrphanAsync(platform, code, "late.orphan@example.dk", DateTimeOffset.UtcNow.AddSeconds(5));

        await EventFactory.Client(platform).CancelRegistrationAsync(
            new CancelRegistrationRequest { MunicipalityCode = code, EventId = workshop.Id, RegistrationId = first.Id }, platform.AsAdmin());
        await mail.WaitForAsync(all => all.Any(m => m.To.ToString() == "late.orphan@example.dk"), Bound);
        var jobs = new JobService.JobServiceClient(platform.Channel);
        var sweeps = await Poll.UntilAsync(
            "two sweeps to succeed",
            async () => (await jobs.ListJobsAsync(new ListJobsRequest { Type = "events.outbox-sweep" }, platform.AsAdmin())).Jobs,
            all => all.Count(j => j.State == JobState.Succeeded) >= 2,
            Bound);

        Assert.True(sweeps.Count(j => j.State == JobState.Succeeded) >= 2);
        Assert.Single(mail.Received, m => m.To.ToString() == "late.orphan@example.dk");
    }

    /// <summary>A host of its own, whose sweep looks for messages older than two seconds.</summary>
    private static Task<TestPlatform> StartWithShortGraceAsync(SmtpSink mail) =>
        TestPlatform.StartAsync(settings: EventsPlatform.Settings(mail, "--Platform:Modules:events:OutboxGrace=00:00:02"));

    /// <summary>Writes an outbox row straight into the module's table of the host's SQLite database, with no job.</summary>
    private static async Task WriteOrphanAsync(TestPlatform platform, string municipalityCode, string to, DateTimeOffset createdAt)
    {
        var times = new DateTimeOffsetToBinaryConverter();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "platform.db")}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO ev_outbox (Id, MunicipalityCode, Key, "To", Subject, Body, CreatedAt, SentAt, Attempts, LastError)
            VALUES ($id, $code, $key, $to, 'Efterladt / Left behind', 'Sendt af fejen / Sent by the sweep', $created, NULL, 0, NULL)
            """;
        var id = Guid.NewGuid();
        insert.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$code", municipalityCode);
        insert.Parameters.AddWithValue("$key", $"test-orphan:{id}");
        insert.Parameters.AddWithValue("$to", to);
        insert.Parameters.AddWithValue("$created", times.ConvertToProvider(createdAt.ToUniversalTime()));
        await insert.ExecuteNonQueryAsync();
    }
}
