using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tests.Infrastructure;
using Platform.Host.Tenancy;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Testing;

namespace Platform.Core.Tests.Tenancy;

/// <summary>No grants unless given: a scope, a grain call and an elevation each have exactly the caller they were given.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NoGrantsByDefaultTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_scope_that_no_request_job_or_elevation_set_up_has_an_anonymous_caller_with_no_access()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        await using var scope = platform.Services.CreateAsyncScope();
        var caller = scope.ServiceProvider.GetRequiredService<ICallerContext>();

        Assert.Empty(caller.Caller.Grants);
        Assert.Equal(AccessLevel.None, await caller.GetAccessAsync(code, CancellationToken.None));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => caller.RequireAsync(code, AccessLevel.Aggregate, CancellationToken.None));
    }

    [Fact]
    public async Task A_grain_called_outside_any_request_sees_no_grants_and_one_called_for_a_caller_sees_that_caller_s()
    {
        var code = platform.MunicipalityCodes.Take();
        var outside = await ProbeAsync();
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Caller =
            new Caller("coordinator", null, [RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)]);

        var forCaller = await ProbeAsync();

        Assert.Empty(outside);
        Assert.Equal([$"coordinator@municipality:{code}"], forCaller);
    }

    [Fact]
    public async Task An_elevation_acts_as_the_platform_inside_its_work_only_and_grain_calls_follow_it()
    {
        var code = platform.MunicipalityCodes.Take();
        await using var scope = platform.Services.CreateAsyncScope();
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Caller = new Caller("viewer", null, [RoleGrant.ForMunicipality(PlatformRole.Viewer, code)]);
        var elevation = scope.ServiceProvider.GetRequiredService<IPlatformElevation>();

        var inside = await elevation.AsPlatformAsync("show the test what an elevation looks like", async services =>
            (services.GetRequiredService<ICallerContext>().Caller.IsAdmin, await ProbeAsync()));
        var after = await ProbeAsync();

        Assert.True(inside.IsAdmin);
        Assert.Equal([RoleGrant.Admin.ToString()], inside.Item2);
        Assert.Equal([$"viewer@municipality:{code}"], after);
        Assert.False(caller.Caller.IsAdmin);
        await Assert.ThrowsAsync<ArgumentException>(() => elevation.AsPlatformAsync(" ", _ => Task.FromResult(0)));
    }

    /// <summary>The sample module's probe grain, by reflection: a test cannot reference a plugin's assembly.</summary>
    private async Task<string[]> ProbeAsync()
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType("Platform.SampleModule.Probe.ICallerProbeGrain")).Single(t => t is not null)!;
        var grain = platform.Services.GetRequiredService<IGrainFactory>().GetGrain(type, 0L);
        return await (Task<string[]>)type.GetMethod("GrantsAsync")!.Invoke(grain, null)!;
    }
}
