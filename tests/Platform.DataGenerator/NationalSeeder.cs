using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Contracts.Core.V1;

namespace Platform.DataGenerator;

/// <summary>
/// Seeds a running host through its public gRPC contracts only: every known municipality into one partnership with
/// three local areas each, then actors, events and survey answers of the given size, printing counts and rates.
/// </summary>
public static class NationalSeeder
{
    public static async Task<SeedResult> SeedAsync(GrpcChannel channel, CallOptions admin, string partnershipId, DataSetSize size, DateTimeOffset now, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        await RequireModulesAsync(channel, admin, size);
        var municipalities = await Municipalities.OnboardAllAsync(channel, admin, partnershipId);
        log.WriteLine($"{municipalities.Count} municipalities in partnership '{partnershipId}', {Municipalities.LocalAreaNames.Length} local areas each ({total.Elapsed.TotalSeconds:0.0} s)");

        int actors, registrations, events, answers;
        using (var progress = new SeedProgress("actors (CSV import)", size.Actors, log))
        {
            actors = await Actors.ImportAsync(channel, admin, municipalities, size.Actors, progress);
        }

        using (var progress = new SeedProgress("events", size.Events, log))
        {
            registrations = await Events.CreateAsync(channel, admin, municipalities, size.Events, now, progress);
            events = size.Events;
        }

        using (var progress = new SeedProgress("survey answers (import stream)", size.Answers, log))
        {
            answers = await SurveyAnswers.ImportAsync(channel, admin, municipalities, size.Answers, now, progress);
        }

        log.WriteLine($"Seeded {actors:N0} new actors, {events:N0} events with {registrations:N0} registrations, {answers:N0} survey answers in {total.Elapsed.TotalSeconds:0.0} s");
        return new SeedResult([.. municipalities.Select(m => m.Code)], actors, events, registrations, answers, total.Elapsed);
    }

    private static async Task RequireModulesAsync(GrpcChannel channel, CallOptions admin, DataSetSize size)
    {
        ListModulesResponse listed;
        try
        {
            listed = await new ModuleService.ModuleServiceClient(channel).ListModulesAsync(new ListModulesRequest(), admin);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new SeedingException($"The host at {channel.Target} is not reachable ({exception.Status.Detail}). Start it first "
                + "(dotnet run -c Release --project host/Platform.Host) or pass its address with --host.", exception);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
        {
            throw new SeedingException("The host refused the generator's token: pass the host's data directory (where its local signing key is) "
                + "with --data-dir.", exception);
        }

        var loaded = listed.Modules.Where(m => m.Status == ModuleLoadStatus.Loaded).Select(m => m.Id).ToHashSet();
        var needed = new[] { ("actor-mapping", size.Actors), ("events", size.Events), ("surveys", size.Answers) };
        var missing = needed.Where(n => n.Item2 > 0 && !loaded.Contains(n.Item1)).Select(n => n.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new SeedingException($"Module(s) not loaded by the host: {string.Join(", ", missing)}. Build the host "
                + "(dotnet build -c Release host/Platform.Host, which installs every module into its modules directory) and restart it, "
                + "or pass 0 for what needs them (--actors 0, --events 0, --answers 0).");
        }
    }
}
