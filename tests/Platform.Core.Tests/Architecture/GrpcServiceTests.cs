namespace Platform.Core.Tests.Architecture;

/// <summary>
/// A module's gRPC service is a thin adapter over its feature's application class (as actor mapping's
/// <c>ActorGrpcService</c> over <c>ActorBook</c>): it takes only the module's own classes and passes the call's
/// cancellation token on (no other type of the module touches the gRPC call), so that the validation, access checks and mapping have one path that pages and jobs share.
/// </summary>
public sealed class GrpcServiceTests
{
    public static TheoryData<string> Modules => [.. RepositoryModules.Projects];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_s_grpc_service_takes_only_the_module_s_own_classes_and_only_the_call_s_cancellation_token(string module)
    {
        var offenders = ForbiddenUses.FatGrpcServices(RepositoryModules.Compiled(module));

        Assert.True(offenders.Count == 0,
            $"these gRPC services do work of their own; move it to the feature's application class and forward the request and context.CancellationToken:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_thin_service_rule_names_each_foreign_constructor_parameter_and_call_context_member_of_a_fat_service_and_each_other_type_that_touches_the_call()
    {
        var offenders = ForbiddenUses.FatGrpcServices(RepositoryModules.Compiled(RepositoryModules.BadPlugin));

        Assert.Equal(
        [
            "Platform.BadPlugin.Data.CallBoundLedger uses Grpc.Core.ServerCallContext",
            "Platform.BadPlugin.Data.CallBoundLedger uses Grpc.Core.ServerCallContext.get_CancellationToken",
            "Platform.BadPlugin.Service.FatGrpcService takes Platform.Sdk.Callers.ICallerContext",
            "Platform.BadPlugin.Service.FatGrpcService takes System.TimeProvider",
            "Platform.BadPlugin.Service.FatGrpcService uses Grpc.Core.ServerCallContext.WriteResponseHeadersAsync",
        ], offenders);
    }
}
