using Xunit;
using Google.Rpc;
using Grpc.Core;

namespace Platform.Testing;

public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, exception.StatusCode);
        return exception;
    }

    /// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming the field; returns the field's (first) violation.</summary>
    public static async Task<BadRequest.Types.FieldViolation> InvalidField(string field, Func<Task> call)
    {
        var exception = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        var violation = badRequest.FieldViolations.FirstOrDefault(candidate => candidate.Field == field);
        Assert.True(violation is not null, $"No violation names {field}: {badRequest}");
        return violation;
    }
}
