using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Testing;

namespace Platform.Core.Tests.Tenancy;

/// <summary>
/// Rows a partnership owns get what a municipality's rows get from the SDK: a filter and a write guard from the caller's
/// role in the partnership, through the host's own factory.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PartnershipOwnedRowsTests(SharedPlatform shared)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_partnership_s_own_rows_are_read_by_its_staff_and_viewers_and_by_no_member_s_coordinator_or_other_partnership()
    {
        var member = platform.MunicipalityCodes.Take();
        var otherMember = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, member);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, otherMember);
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "ours");
        await rows.AddAsync(theirs, "theirs");
        await rows.AddToMunicipalityAsync(member, "the member's");
        var staff = rows.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));
        var viewer = rows.As(RoleGrant.ForPartnership(PlatformRole.Viewer, ours));
        var coordinator = rows.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, member));
        var theirStaff = rows.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, theirs));

        Assert.Equal(["ours"], await OwnedRows.TextsAsync(staff.OpenPartnershipAsync(ours, PartnershipAccess.View, None), db => db.PartnershipRows));
        Assert.Equal(["ours"], await OwnedRows.TextsAsync(viewer.OpenPartnershipAsync(ours, PartnershipAccess.View, None), db => db.PartnershipRows));
        Assert.Empty(await OwnedRows.TextsAsync(staff.OpenPartnershipAsync(ours, PartnershipAccess.View, None), db => db.MunicipalityRows));
        Assert.Equal(["ours"], await OwnedRows.TextsAsync(staff.OpenForPartnershipAsync(ours, AccessLevel.Aggregate, None), db => db.PartnershipRows));
        Assert.Equal(["the member's"], await OwnedRows.TextsAsync(staff.OpenForPartnershipAsync(ours, AccessLevel.Aggregate, None), db => db.MunicipalityRows));
        Assert.Empty(await OwnedRows.TextsAsync(coordinator.OpenAsync(member, AccessLevel.Manage, None), db => db.PartnershipRows));
        Assert.Equal(["theirs"], await OwnedRows.TextsAsync(theirStaff.OpenPartnershipAsync(theirs, PartnershipAccess.View, None), db => db.PartnershipRows));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => coordinator.OpenPartnershipAsync(ours, PartnershipAccess.View, None));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => theirStaff.OpenPartnershipAsync(ours, PartnershipAccess.View, None));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => theirStaff.OpenForPartnershipAsync(ours, AccessLevel.Aggregate, None));
    }

    [Fact]
    public async Task A_viewer_of_a_partnership_cannot_add_change_or_bulk_insert_its_rows_and_nothing_changes()
    {
        var ours = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "before");
        var viewer = rows.As(RoleGrant.ForPartnership(PlatformRole.Viewer, ours));

        await Assert.ThrowsAsync<PermissionDeniedException>(() => viewer.OpenPartnershipAsync(ours, PartnershipAccess.Manage, None));
        await using (var db = await viewer.OpenPartnershipAsync(ours, PartnershipAccess.View, None))
        {
            (await db.PartnershipRows.SingleAsync()).Text = "changed";
            db.SharedRows.Add(new SharedRow { PartnershipId = ours, Text = "added" });
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.SaveChangesAsync());
        }

        await using (var db = await viewer.OpenPartnershipAsync(ours, PartnershipAccess.View, None))
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.BulkInsertAsync([new PartnershipRow { PartnershipId = ours, Text = "bulk" }], None));
        }

        Assert.Equal([$"{ours}:before", $"{ours}:shared:before"], await rows.StoredAsync());
    }

    [Fact]
    public async Task A_write_to_another_partnership_s_row_is_refused_and_changes_nothing()
    {
        var ours = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "ours");
        var theirRow = await rows.AddAsync(theirs, "theirs");
        var staff = rows.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));
        var stored = await rows.StoredAsync();

        await using (var db = await staff.OpenPartnershipAsync(ours, PartnershipAccess.Manage, None))
        {
            db.PartnershipRows.Add(new PartnershipRow { PartnershipId = theirs, Text = "planted" });
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.SaveChangesAsync());
        }

        await using (var db = await staff.OpenPartnershipAsync(ours, PartnershipAccess.Manage, None))
        {
            db.PartnershipRows.Update(new PartnershipRow { Id = theirRow, PartnershipId = theirs, Text = "overwritten" });
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.SaveChangesAsync());
        }

        await using (var db = await staff.OpenPartnershipAsync(ours, PartnershipAccess.Manage, None))
        {
            db.PartnershipRows.Remove(new PartnershipRow { Id = theirRow, PartnershipId = theirs });
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.SaveChangesAsync());
        }

        await using (var db = await staff.OpenForPartnershipAsync(ours, AccessLevel.Aggregate, None))
        {
            var mixed = new[] { new SharedRow { PartnershipId = ours, Text = "ours too" }, new SharedRow { PartnershipId = theirs, Text = "planted" } };
            await Assert.ThrowsAsync<PermissionDeniedException>(() => db.BulkInsertAsync(mixed, None));
        }

        Assert.Equal(stored, await rows.StoredAsync());
    }

    [Fact]
    public async Task A_member_s_context_reads_what_its_partnership_shares_with_members_but_writes_none_of_it_and_sees_nothing_else()
    {
        var member = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, member);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "ours");
        await rows.AddAsync(theirs, "theirs");
        var coordinator = rows.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, member));

        await using var db = await coordinator.OpenAsync(member, AccessLevel.Manage, None);
        var shared = await db.SharedRows.SingleAsync();

        Assert.Equal(("ours", ours), (shared.Text, shared.PartnershipId));
        Assert.Empty(await db.PartnershipRows.ToListAsync());
        shared.Text = "changed by a member";
        await Assert.ThrowsAsync<PermissionDeniedException>(() => db.SaveChangesAsync());
        Assert.Contains($"{ours}:shared:ours", await rows.StoredAsync());
    }

    [Fact]
    public async Task Staff_of_another_partnership_reach_a_common_member_without_seeing_what_this_partnership_shares_with_it()
    {
        var common = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, common);
        var theirs = await Scenario.PartnershipWithMembersAsync(platform, common);
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "ours");
        await rows.AddAsync(theirs, "theirs");
        var theirStaff = rows.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, theirs));
        var coordinator = rows.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, common));

        Assert.Equal(["theirs"], await OwnedRows.TextsAsync(theirStaff.OpenAsync(common, AccessLevel.Aggregate, None), db => db.SharedRows));
        Assert.Equal(["ours", "theirs"], await OwnedRows.TextsAsync(coordinator.OpenAsync(common, AccessLevel.Read, None), db => db.SharedRows));
        Assert.Equal(["ours", "theirs"], await OwnedRows.TextsAsync(rows.AsAdmin().OpenAsync(common, AccessLevel.Read, None), db => db.SharedRows));
    }

    [Fact]
    public async Task A_municipality_that_left_still_reads_what_the_partnership_shared_while_the_partnership_s_staff_no_longer_reach_it()
    {
        var leaver = platform.MunicipalityCodes.Take();
        var ours = await Scenario.PartnershipWithMembersAsync(platform, leaver);
        await using var rows = await OwnedRows.CreateAsync(platform);
        await rows.AddAsync(ours, "ours");
        await new PartnershipService.PartnershipServiceClient(platform.Channel).OffboardMunicipalityAsync(
            new OffboardMunicipalityRequest { PartnershipId = ours, MunicipalityCode = leaver }, platform.AsAdmin());
        var coordinator = rows.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, leaver));
        var staff = rows.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, ours));

        Assert.Equal(["ours"], await OwnedRows.TextsAsync(coordinator.OpenAsync(leaver, AccessLevel.Read, None), db => db.SharedRows));
        Assert.Empty(await OwnedRows.TextsAsync(coordinator.OpenAsync(leaver, AccessLevel.Read, None), db => db.PartnershipRows));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => staff.OpenAsync(leaver, AccessLevel.Aggregate, None));
    }

    [Fact]
    public async Task A_model_with_a_row_owned_by_a_municipality_and_a_partnership_at_once_is_refused()
    {
        await using var db = TwoOwnersDb.Create();

        var refused = Assert.Throws<InvalidOperationException>(() => db.Model);

        Assert.Contains(nameof(TwoOwnersDb.Row), refused.Message, StringComparison.Ordinal);
    }
}
