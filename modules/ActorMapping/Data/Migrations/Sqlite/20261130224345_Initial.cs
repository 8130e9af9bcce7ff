using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.ActorMapping.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Arenas = table.Column<string>(type: "TEXT", nullable: false),
                    AgeGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    LocalAreaId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Influence = table.Column<int>(type: "INTEGER", nullable: false),
                    Interest = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "am_initiatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Engagement = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Arenas = table.Column<string>(type: "TEXT", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    LocalAreaId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    Reach = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_am_initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "am_actor_relations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    FromActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
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
                    InitiativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
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
