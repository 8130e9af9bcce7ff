using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.ActorMapping.V1;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.SampleModule.V1;
using Platform.Testing;

namespace Platform.Core.Tests.Modules;

/// <summary>Jobs and grains call other modules in-process: a job as the caller it names, a grain as the caller of its call.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ModuleClientCallerTests(SharedPlatform shared)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_job_calls_another_module_as_the_caller_it_names_and_sees_what_that_caller_may_see()
    {
        var (code, partnership, _) = await InProcess.MappedMunicipalityAsync(platform);

        await RunListActorsJobAsync(code, $"viewer@municipality:{code}", JobState.Succeeded);
        await RunListActorsJobAsync(code, $"staff@partnership:{partnership}", JobState.Succeeded);

        var notes = await new NoteService.NoteServiceClient(platform.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Equal(["actors: Spejderne with 1 contacts", "actors: Spejderne with 0 contacts"], notes.Notes.Select(note => note.Text));
    }

    [Fact]
    public async Task A_job_naming_a_caller_without_grants_is_refused_and_the_called_module_s_switch_holds_for_a_job()
    {
        var (code, _, _) = await InProcess.MappedMunicipalityAsync(platform);

        var refused = await RunListActorsJobAsync(code, "", JobState.Failed);
        await new MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new SetModuleEnabledRequest { Code = code, ModuleId = "actor-mapping", Enabled = false }, platform.AsAdmin());
        var switchedOff = await RunListActorsJobAsync(code, $"viewer@municipality:{code}", JobState.Failed);

        Assert.Contains("StatusCode=\"PermissionDenied\"", refused.LastError, StringComparison.Ordinal);
        Assert.Contains("StatusCode=\"FailedPrecondition\"", switchedOff.LastError, StringComparison.Ordinal);
        Assert.Contains("'actor-mapping'", switchedOff.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grain_calls_another_module_as_the_caller_of_each_call_it_serves()
    {
        var (code, _, _) = await InProcess.MappedMunicipalityAsync(platform);
        var outsider = platform.MunicipalityCodes.Take();

        var counted = await InProcess.AsAsync(platform, [RoleGrant.ForMunicipality(PlatformRole.Viewer, code)], _ => CountActorsInProbeGrainAsync(code));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            InProcess.AsAsync(platform, [RoleGrant.ForMunicipality(PlatformRole.Viewer, outsider)], _ => CountActorsInProbeGrainAsync(code)));

        Assert.Equal(1, counted);
        Assert.Contains("PermissionDenied", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_platform_or_an_administrator_may_name_the_caller_of_an_in_process_call()
    {
        var code = platform.MunicipalityCodes.Take();
        var named = new Caller("someone", null, [RoleGrant.ForMunicipality(PlatformRole.Viewer, code)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => InProcess.AsAsync(platform, [RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)],
            clients => Task.FromResult(clients.Create<ActorService.ActorServiceClient>(named))));
        await Assert.ThrowsAsync<InvalidOperationException>(() => InProcess.AsAsync(platform, [],
            clients => Task.FromResult(clients.Create<ActorService.ActorServiceClient>(named))));
        Assert.NotNull(await InProcess.AsAsync(platform, [RoleGrant.Admin], clients => Task.FromResult(clients.Create<ActorService.ActorServiceClient>(named))));
    }

    /// <summary>Runs the sample's job that lists actor mapping's actors as a caller with the grants (separated by spaces) to its end.</summary>
    private async Task<Job> RunListActorsJobAsync(string code, string grants, JobState end)
    {
        var enqueued = await new NoteService.NoteServiceClient(platform.Channel).EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.list-actors", Message = grants, MaxAttempts = 1 }, platform.AsAdmin());
        return await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, end, Bound);
    }

    /// <summary>The sample module's probe grain, by reflection: a test cannot reference a plugin's assembly.</summary>
    private async Task<int> CountActorsInProbeGrainAsync(string code)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType("Platform.SampleModule.Probe.ICallerProbeGrain")).Single(t => t is not null)!;
        var grain = platform.Services.GetRequiredService<IGrainFactory>().GetGrain(type, 0L);
        return await (Task<int>)type.GetMethod("CountActorsAsync")!.Invoke(grain, [code])!;
    }
}
