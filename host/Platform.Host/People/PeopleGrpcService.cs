using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Core.V1;
using Person = Platform.Contracts.Core.V1.Person;
using PersonStatus = Platform.Contracts.Core.V1.PersonStatus;

namespace Platform.Host.People;

/// <summary>The people service over gRPC: a thin adapter of <see cref="PeopleManagement"/>.</summary>
internal sealed class PeopleGrpcService(PeopleManagement people) : PeopleService.PeopleServiceBase
{
    public override async Task<ListPeopleResponse> ListPeople(ListPeopleRequest request, ServerCallContext context)
    {
        var found = await people.ListAsync(NullIfEmpty(request.MunicipalityCode), NullIfEmpty(request.PartnershipId), context.CancellationToken);
        return new ListPeopleResponse { People = { found.Select(ToContract) } };
    }

    public override async Task<InvitePersonResponse> InvitePerson(InvitePersonRequest request, ServerCallContext context)
    {
        var invitation = await people.InviteAsync(request.Email, NullIfEmpty(request.DisplayName), request.Grants, context.CancellationToken);
        return new InvitePersonResponse
        {
            Person = ToContract(invitation.Person),
            SignInLink = invitation.Link.ToString(),
            ExpiresAt = Timestamp.FromDateTimeOffset(invitation.ExpiresAt),
        };
    }

    public override async Task<Person> ChangeGrants(ChangeGrantsRequest request, ServerCallContext context) =>
        ToContract(await people.ChangeGrantsAsync(request.Person, request.Add, request.Remove, context.CancellationToken));

    public override async Task<RemovePersonResponse> RemovePerson(RemovePersonRequest request, ServerCallContext context)
    {
        await people.RemoveAsync(request.Person, context.CancellationToken);
        return new RemovePersonResponse();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static Person ToContract(PersonView person) => new()
    {
        Id = person.Id.ToString(),
        Email = person.Email,
        DisplayName = person.DisplayName ?? "",
        Status = person.Status == Persistence.Records.PersonStatus.Active ? PersonStatus.Active : PersonStatus.Invited,
        CreatedAt = Timestamp.FromDateTimeOffset(person.CreatedAt),
        Grants = { person.Grants },
    };
}
