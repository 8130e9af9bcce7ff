using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.ActorMapping.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "am_actors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Arenas = table.Column<List<string>>(type: "text[]", nullable: false),
                    AgeGroups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    LocalAreaId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Influence = table.Column<int>(type: "integer", nullable: false),
                    Interest = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "am_initiatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Engagement = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Arenas = table.Column<List<string>>(type: "text[]", nullable: false),
                    TargetGroups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    LocalAreaId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: true),
                    Reach = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "am_actor_relations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    FromActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_actor_relations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_am_actor_relations_am_actors_FromActorId",
                        column: x => x.FromActorId,
                        principalTable: "am_actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_am_actor_relations_am_actors_ToActorId",
                        column: x => x.ToActorId,
                        principalTable: "am_actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "am_contact_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_contact_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_am_contact_persons_am_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "am_actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "am_stage_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_stage_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_am_stage_changes_am_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "am_actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "am_initiative_actors",
                columns: table => new
                {
                    InitiativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_initiative_actors", x => new { x.InitiativeId, x.ActorId, x.Role });
                    table.ForeignKey(
                        name: "FK_am_initiative_actors_am_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "am_actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_am_initiative_actors_am_initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "am_initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_am_actor_relations_FromActorId_ToActorId_Kind",
                table: "am_actor_relations",
                columns: new[] { "FromActorId", "ToActorId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_am_actor_relations_MunicipalityCode",
                table: "am_actor_relations",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_am_actor_relations_ToActorId",
                table: "am_actor_relations",
                column: "ToActorId");

            migrationBuilder.CreateIndex(
                name: "IX_am_actors_MunicipalityCode",
                table: "am_actors",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_am_actors_MunicipalityCode_Name_Id_Archived",
                table: "am_actors",
                columns: new[] { "MunicipalityCode", "Name", "Id", "Archived" });

            migrationBuilder.CreateIndex(
                name: "IX_am_contact_persons_ActorId",
                table: "am_contact_persons",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_am_contact_persons_MunicipalityCode",
                table: "am_contact_persons",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiative_actors_ActorId",
                table: "am_initiative_actors",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiative_actors_MunicipalityCode",
                table: "am_initiative_actors",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiatives_MunicipalityCode",
                table: "am_initiatives",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_am_initiatives_MunicipalityCode_Name_Id",
                table: "am_initiatives",
                columns: new[] { "MunicipalityCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_am_stage_changes_ActorId",
                table: "am_stage_changes",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_am_stage_changes_MunicipalityCode",
                table: "am_stage_changes",
                column: "MunicipalityCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "am_actor_relations");

            migrationBuilder.DropTable(
                name: "am_contact_persons");

            migrationBuilder.DropTable(
                name: "am_initiative_actors");

            migrationBuilder.DropTable(
                name: "am_stage_changes");

            migrationBuilder.DropTable(
                name: "am_initiatives");

            migrationBuilder.DropTable(
                name: "am_actors");
        }
    }
}
