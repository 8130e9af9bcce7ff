using McMaster.Extensions.CommandLineUtils;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Commands;

public static class JobCommands
{
    public static void Add(CommandLineApplication app, AdminConnection connection) => app.Command("job", job =>
    {
        job.Description = "List background jobs and retry failed ones.";
        job.Command("list", list =>
        {
            var state = list.Option("--state <STATE>", "pending, running, succeeded or failed.", CommandOptionType.SingleValue);
            list.OnExecute(() =>
            {
                var wanted = JobState.Unspecified;
                if (state.HasValue() && !Enum.TryParse(state.Value(), ignoreCase: true, out wanted))
                {
                    Console.Error.WriteLine($"'{state.Value()}' is not a job state: use pending, running, succeeded or failed.");
                    return Task.FromResult(2);
                }

                return Run(connection, async client =>
                {
                    foreach (var item in (await client.ListJobsAsync(new ListJobsRequest { State = wanted }, connection.CallOptions())).Jobs)
                    {
                        Console.WriteLine($"{item.Id} {item.Type,-28} {item.State,-10} attempts {item.Attempts}/{item.MaxAttempts} {item.LastError}");
                    }
                });
            });
        });
        job.Command("retry", retry =>
        {
            var id = retry.Argument("id", "The failed job's id.").IsRequired();
            retry.OnExecute(() => Run(connection, async client =>
            {
                var retried = await client.RetryJobAsync(new RetryJobRequest { Id = id.Value }, connection.CallOptions());
                Console.WriteLine($"{retried.Id} is {retried.State} again");
            }));
        });
        job.OnExecute(() => job.ShowHelp());
    });

    private static Task<int> Run(AdminConnection connection, Func<JobService.JobServiceClient, Task> action) =>
        GrpcCall.RunAsync(connection, channel => action(new JobService.JobServiceClient(channel)));
}
