using Microsoft.Extensions.Options;
using Platform.Contracts.Core.V1;
using Platform.Host.Audit;
using Platform.Host.Configuration;
using Platform.Host.Modules;
using Platform.Host.Persistence;
using Platform.Host.Persistence.Records;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>
/// The background worker of every host: runs due jobs of the types this host has handlers for, a few at a time,
/// turns due schedule occurrences into jobs, and deletes finished jobs and audit entries past their retention. Jobs of types no loaded
/// module handles wait for a host that does.
/// </summary>
public sealed class JobWorker(
    JobStore store,
    JobSignal signal,
    IEnumerable<JobHandlerRegistration> handlers,
    IServiceScopeFactory scopes,
    ModelContextFactory<PlatformDbContext> database,
    IOptions<PlatformOptions> options,
    TimeProvider clock,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, JobHandlerRegistration> handlersByType =
        handlers.GroupBy(h => h.JobType).ToDictionary(group => group.Key, group => group.First());

    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private readonly RetentionPurge[] purges =
    [
        new("finished jobs", () => options.Value.Jobs.FinishedJobRetention, store.PurgeFinishedAsync, clock, logger),
        new("audit entries", () => options.Value.Audit.Retention, (before, cancellationToken) => AuditEntries.PurgeAsync(database, before, cancellationToken), clock, logger),
    ];

    // Schedules have a loop of their own: when they were checked by a lane between jobs, a long job on that lane held
    // every due occurrence back until it finished.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Jobs.Concurrency).Select(_ => RunLaneAsync(stoppingToken)).Append(RunSchedulesAsync(stoppingToken)));

    private async Task RunSchedulesAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await store.EnqueueDueSchedulesAsync(stoppingToken) > 0)
                {
                    signal.Notify();
                }

                foreach (var purge in purges)
                {
                    await purge.RunWhenDueAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The job worker could not enqueue due schedule occurrences; trying again after the poll interval");
            }

            await Task.Delay(options.Value.Jobs.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RunLaneAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = handlersByType.Count == 0 ? null : await store.ClaimNextAsync(handlersByType.Keys, owner, stoppingToken);
                if (job is null)
                {
                    await signal.WaitAsync(options.Value.Jobs.PollInterval, stoppingToken);
                    continue;
                }

                await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The job worker could not reach the job table; trying again after the poll interval");
                await signal.WaitAsync(options.Value.Jobs.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunAsync(JobRecord job, CancellationToken stoppingToken)
    {
        var registration = handlersByType[job.Type];
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["JobId"] = job.Id, ["JobType"] = job.Type, ["Module"] = registration.ModuleId, ["Attempt"] = job.Attempts,
        });
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
            caller.Caller = Caller.System;
            caller.ModuleId = registration.ModuleId;
            var handler = (IJobHandler)scope.ServiceProvider.GetRequiredService(registration.HandlerType);
            await handler.HandleAsync(
                new JobContext(job.Id, job.Type, job.MunicipalityCode, job.Payload, job.Attempts,
                    (percent, token) => store.ReportProgressAsync(job.Id, owner, percent, token)),
                stoppingToken);
            if (await store.CompleteAsync(job.Id, owner, CancellationToken.None))
            {
                logger.LogInformation("Job {JobId} of type {JobType} succeeded", job.Id, job.Type);
            }
            else
            {
                logger.LogWarning("Job {JobId} finished after its lease ended; another host owns it now", job.Id);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back at once, so another host (or this one after restart) runs it again.
            await store.ReleaseAsync(job.Id, owner, CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            var state = await store.FailAsync(job, owner, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None);
            logger.LogWarning(exception, "Job {JobId} of type {JobType} failed attempt {Attempt} of {MaxAttempts}; now {State}",
                job.Id, job.Type, job.Attempts, job.MaxAttempts, state);
            if (state == JobState.Pending)
            {
                signal.Notify();
            }
        }
    }
}
