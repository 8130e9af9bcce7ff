using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.Admin.Cli;
using Platform.Contracts.Core.V1;

namespace Platform.Admin.Jobs;

/// <summary><c>job list|retry</c>: the durable background jobs.</summary>
internal static class JobCommands
{
    private static readonly JobState[] States = [JobState.Pending, JobState.Running, JobState.Succeeded, JobState.Failed];

    public static Command Create(AdminConnection connection) => AdminActions.Group(
        "job",
        "List background jobs and retry failed ones.",
        ListCommand(connection),
        RetryCommand(connection));

    private static Command ListCommand(AdminConnection connection)
    {
        var state = new Option<JobState>("--state")
        {
            Description = "Only jobs in this state: pending, running, succeeded or failed.",
            HelpName = "state",
            CustomParser = ParseState,
        };
        var list = new Command("list", "List background jobs, newest first, with their attempts and last error.") { state };
        return list.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var response = await Client(session).ListJobsAsync(
                new ListJobsRequest { State = parse.GetValue(state) }, session.CallOptions(cancellationToken));
            foreach (var item in response.Jobs)
            {
                Console.WriteLine($"{item.Id} {item.Type,-28} {item.State,-10} attempts {item.Attempts}/{item.MaxAttempts} {item.LastError}");
            }
        });
    }

    private static Command RetryCommand(AdminConnection connection)
    {
        var id = new Argument<string>("job") { Description = "The failed job's id, as 'job list --state failed' shows it." };
        var retry = new Command("retry", "Put a failed job back in the queue, once its cause is fixed.") { id };
        return retry.Runs(connection, async (parse, session, cancellationToken) =>
        {
            var retried = await Client(session).RetryJobAsync(
                new RetryJobRequest { Id = parse.GetRequiredValue(id) }, session.CallOptions(cancellationToken));
            Console.WriteLine($"{retried.Id} is {retried.State} again");
        });
    }

    private static JobState ParseState(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        var state = States.FirstOrDefault(candidate => string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase));
        if (state == JobState.Unspecified)
        {
            result.AddError($"--state must be pending, running, succeeded or failed, not '{text}'.");
        }

        return state;
    }

    private static JobService.JobServiceClient Client(AdminSession session) => new(session.Channel);
}
