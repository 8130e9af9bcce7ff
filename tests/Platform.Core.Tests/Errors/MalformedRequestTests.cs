using Google.Protobuf;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Errors;

/// <summary>A body that is not the method's message is the caller's mistake and says so; the host goes on serving.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MalformedRequestTests(SharedPlatform shared)
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    private static readonly Method<byte[], byte[]> GetPartnership =
        new(MethodType.Unary, PartnershipService.Descriptor.FullName, "GetPartnership", Raw, Raw);

    private readonly TestPlatform platform = shared.Platform;

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, "not a protobuf message of that type")]
    [InlineData(new byte[] { 0x0A, 0x05, 0x61, 0x62 }, "not a protobuf message of that type")]
    [InlineData(new byte[] { 0x0A, 0x02, 0xC3, 0x28 }, "not valid UTF-8")]
    public async Task Bytes_that_are_not_the_method_s_message_are_invalid_argument_naming_the_message_and_what_is_wrong(byte[] body, string problem)
    {
        var refused = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () =>
            platform.Channel.CreateCallInvoker().AsyncUnaryCall(GetPartnership, null, platform.AsAdmin(), body).ResponseAsync);

        Assert.Contains("platform.core.v1.GetPartnershipRequest", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(problem, refused.Status.Detail, StringComparison.Ordinal);
        await AssertStillServesAsync();
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 9, 0x0A, 0x01 }, "frame says 9 bytes but only 2 follow")]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 0x0A, 0x00, 0x0A }, "more bytes follow than its frame's 1")]
    [InlineData(new byte[] { 0, 0 }, "the body holds no message")]
    public async Task A_frame_that_holds_fewer_or_more_bytes_than_it_says_is_invalid_argument(byte[] body, string problem)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(platform.Address, $"/{PartnershipService.Descriptor.FullName}/GetPartnership"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/grpc") } },
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(platform.AsAdmin().Headers!.GetValue("authorization")!);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("grpc-status").Single());
        Assert.Contains(problem, Uri.UnescapeDataString(response.Headers.GetValues("grpc-message").Single()), StringComparison.Ordinal);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task A_well_formed_message_sent_as_raw_bytes_reaches_its_handler_unchanged()
    {
        var body = new GetPartnershipRequest { Id = "no-such-partnership" }.ToByteArray();

        var refused = await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            platform.Channel.CreateCallInvoker().AsyncUnaryCall(GetPartnership, null, platform.AsAdmin(), body).ResponseAsync);

        Assert.Contains("no-such-partnership", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_or_a_list_beyond_every_field_s_ceiling_is_invalid_argument_naming_the_field()
    {
        var people = new PeopleService.PeopleServiceClient(platform.Channel);
        var tooMany = new ChangeGrantsRequest { Person = "someone" };
        tooMany.Add.AddRange(Enumerable.Range(0, 1_001).Select(i => $"viewer:{i:0000}"));

        var list = await RpcAssert.InvalidField("add", () => people.ChangeGrantsAsync(tooMany, platform.AsAdmin()).ResponseAsync);
        var text = await RpcAssert.InvalidField("person", () => people.ChangeGrantsAsync(
            new ChangeGrantsRequest { Person = new string('x', 16_001) }, platform.AsAdmin()).ResponseAsync);

        Assert.Equal("must hold at most 1000 items", list.Description);
        Assert.Equal("must be at most 16000 characters", text.Description);
    }

    private async Task AssertStillServesAsync()
    {
        var partnerships = await new PartnershipService.PartnershipServiceClient(platform.Channel)
            .ListPartnershipsAsync(new ListPartnershipsRequest(), platform.AsAdmin());
        Assert.NotNull(partnerships);
    }
}
