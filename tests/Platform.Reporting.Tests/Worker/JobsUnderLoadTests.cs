using Platform.SampleModule.V1;
using Platform.Testing;

namespace Platform.Reporting.Tests.Worker;

/// <summary>
/// The durable job worker under load (design decision 9): two host processes on one PostgreSQL database, a thousand
/// jobs whose effect (a note keyed by the job id) and attempts (the job table) are read straight from the database.
/// </summary>
public sealed class JobsUnderLoadTests
{
    private const int JobCount = 1000;
    private const string WorkType = "sample.work";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_thousand_jobs_enqueued_through_two_hosts_are_run_by_both_and_each_takes_effect_exactly_once_in_one_attempt()
    {
        await using var cluster = await TwoHostCluster.StartAsync();
        var codes = cluster.A.MunicipalityCodes.Take(2);
        await cluster.PartnershipWithMembersAsync(codes);
        var owners = new HashSet<string>();

        var jobIds = await EnqueueAsync(cluster, codes, workMilliseconds: 20);
        await Poll.UntilAsync("every job to succeed", async () =>
        {
            owners.UnionWith((await cluster.Jobs.RunningOwnersAsync()).Select(HostOf));
            return await cluster.Jobs.CountSucceededAsync();
        }, succeeded => succeeded == JobCount, Bound);

        var jobs = await cluster.Jobs.JobsOfTypeAsync(WorkType);
        Assert.Equal(jobIds.Order(), jobs.Select(j => j.Id).Order());
        Assert.All(jobs, job => Assert.Equal(1, job.Attempts));
        Assert.Equal(jobIds.Order(), (await cluster.Jobs.NoteIdsAsync()).Order());
        Assert.Equal(2, owners.Count);
    }

    [Fact]
    public async Task After_kill_9_of_a_host_mid_run_no_job_is_lost_and_each_interrupted_job_takes_effect_once_on_the_other()
    {
        await using var cluster = await TwoHostCluster.StartAsync();
        var codes = cluster.A.MunicipalityCodes.Take(2);
        await cluster.PartnershipWithMembersAsync(codes);
        var jobIds = await EnqueueAsync(cluster, codes, workMilliseconds: 40);
        var hostA = $":{cluster.A.ProcessId}:";
        await Poll.UntilAsync("a fifth of the jobs to succeed while host A runs some",
            async () => (Succeeded: await cluster.Jobs.CountSucceededAsync(), RunningOnA: (await cluster.Jobs.RunningUnderAsync(hostA)).Count),
            jobs => jobs.Succeeded >= JobCount / 5 && jobs.RunningOnA > 0, Bound);

        cluster.A.Kill();
        var interrupted = await cluster.Jobs.RunningUnderAsync(hostA);
        await Poll.UntilAsync("every job to succeed on host B", cluster.Jobs.CountSucceededAsync, succeeded => succeeded == JobCount, Bound);

        Assert.NotEmpty(interrupted);
        var jobs = (await cluster.Jobs.JobsOfTypeAsync(WorkType)).ToDictionary(j => j.Id);
        Assert.Equal(jobIds.Order(), jobs.Keys.Order());
        Assert.All(interrupted, id => Assert.True(jobs[id].Attempts >= 2, $"Job {id} was interrupted but started only {jobs[id].Attempts} time(s)."));
        Assert.Equal(jobIds.Order(), (await cluster.Jobs.NoteIdsAsync()).Order());
    }

    /// <summary>Enqueues the jobs, alternating between the hosts and the municipalities, a few calls at a time.</summary>
    private static async Task<List<Guid>> EnqueueAsync(TwoHostCluster cluster, string[] codes, int workMilliseconds)
    {
        var ids = new List<Guid>();
        foreach (var batch in Enumerable.Range(0, JobCount).Chunk(25))
        {
            var enqueued = await Task.WhenAll(batch.Select(i =>
            {
                var host = i % 2 == 0 ? cluster.A : cluster.B;
                return new NoteService.NoteServiceClient(host.Channel).EnqueueJobAsync(new EnqueueJobRequest
                {
                    MunicipalityCode = codes[i % codes.Length],
                    Type = WorkType,
                    Message = $"job {i}",
                    WorkMilliseconds = workMilliseconds,
                    MaxAttempts = 20,
                }, host.AsAdmin()).ResponseAsync;
            }));
            ids.AddRange(enqueued.Select(e => Guid.Parse(e.JobId)));
        }

        return ids;
    }

    private static string HostOf(string leaseOwner) => string.Join(':', leaseOwner.Split(':').Take(2));
}
