using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MembershipInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "membership_invitations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    PartnershipId = table.Column<string>(type: "nvarchar(64)", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "nvarchar(4)", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_invitations_municipalities_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipalities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_membership_invitations_partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_membership_invitations_MunicipalityCode_State",
                table: "membership_invitations",
                columns: new[] { "MunicipalityCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_invitations_PartnershipId_State",
                table: "membership_invitations",
                columns: new[] { "PartnershipId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "membership_invitations");
        }
    }
}
