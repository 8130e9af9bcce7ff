using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Events.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ev_calendar_feeds",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_calendar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PartnershipId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AgendaJson = table.Column<string>(type: "text", nullable: false),
                    LocalAreaId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    TargetGroups = table.Column<List<int>>(type: "integer[]", nullable: false),
                    OrganiserActorIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    PartnerActorIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    InitiativeIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    SeatsTaken = table.Column<int>(type: "integer", nullable: false),
                    WaitlistedSeats = table.Column<int>(type: "integer", nullable: false),
                    NextSequence = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    To = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ev_outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ev_outcomes_ev_events_EventId",
                        column: x => x.EventId,
                        principalTable: "ev_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ev_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailKey = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HeadCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    RecordKey = table.Column<int>(type: "integer", nullable: false),
                    Anonymised = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ev_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ev_registrations_ev_events_EventId",
                        column: x => x.EventId,
                        principalTable: "ev_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ev_calendar_feeds_Token",
                table: "ev_calendar_feeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_events_MunicipalityCode",
                table: "ev_events",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_ev_events_MunicipalityCode_Start",
                table: "ev_events",
                columns: new[] { "MunicipalityCode", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_ev_events_PartnershipId",
                table: "ev_events",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_ev_outbox_Key",
                table: "ev_outbox",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_outbox_MunicipalityCode",
                table: "ev_outbox",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_ev_outcomes_EventId",
                table: "ev_outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_ev_outcomes_MunicipalityCode",
                table: "ev_outcomes",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_ev_registrations_EventId_EmailKey",
                table: "ev_registrations",
                columns: new[] { "EventId", "EmailKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ev_registrations_EventId_Status_Sequence",
                table: "ev_registrations",
                columns: new[] { "EventId", "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ev_registrations_MunicipalityCode",
                table: "ev_registrations",
                column: "MunicipalityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ev_calendar_feeds");

            migrationBuilder.DropTable(
                name: "ev_outbox");

            migrationBuilder.DropTable(
                name: "ev_outcomes");

            migrationBuilder.DropTable(
                name: "ev_registrations");

            migrationBuilder.DropTable(
                name: "ev_events");
        }
    }
}
