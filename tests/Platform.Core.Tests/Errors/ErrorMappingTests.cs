using Grpc.Core;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;
using Platform.SampleModule.V1;

namespace Platform.Core.Tests.Errors;

[Collection(PlatformCollection.Name)]
public sealed class ErrorMappingTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_unexpected_fault_is_internal_with_a_correlation_id_and_no_internal_detail()
    {
        var code = platform.MunicipalityCodes.Take();
        var exception = await RpcAssert.FailsWith(StatusCode.Internal, () => new NoteService.NoteServiceClient(platform.Channel)
            .ExplodeAsync(new VisitRequest { MunicipalityCode = code }, platform.AsAdmin()).ResponseAsync);

        Assert.Contains("correlation id", exception.Status.Detail);
        Assert.DoesNotContain("Secret", exception.Status.Detail);
        Assert.DoesNotContain("InvalidOperationException", exception.ToString());
    }

    [Fact]
    public async Task A_module_s_bad_input_is_invalid_argument_naming_the_field()
    {
        var code = platform.MunicipalityCodes.Take();
        var neverOnboarded = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var notes = new NoteService.NoteServiceClient(platform.Channel);

        await RpcAssert.InvalidField("text", () =>
            notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = "" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("text", () =>
            notes.AddNoteAsync(new AddNoteRequest { MunicipalityCode = code, Text = new string('x', 501) }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.InvalidField("municipality_code", () =>
            notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = "Ishøj" }, platform.AsAdmin()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = neverOnboarded }, platform.AsAdmin()).ResponseAsync);
        var stored = await notes.ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Empty(stored.Notes);
    }
}
