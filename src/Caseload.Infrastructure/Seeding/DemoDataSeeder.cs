using Caseload.Application.Security;
using Caseload.Domain.Citizens;
using Caseload.Domain.Teams;
using Caseload.Infrastructure.Identity;
using Caseload.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Infrastructure.Seeding;

/// <summary>
/// A fictitious municipality (Solbjerg Kommune) with one ACT, one CTI and one outreach team.
/// Runs only in Development or with Database:SeedDemoData outside Production; idempotent.
/// All names and CPR numbers are invented.
/// </summary>
public static class DemoDataSeeder
{
    public const string DemoPassword = "Caseload-demo-2026";

    public sealed record DemoUser(string Email, string FullName, string Role, string? TeamKey, TeamRole TeamRole,
        decimal Fte = 1.0m, string? Discipline = null);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin@caseload.local", "Anne Admin", Roles.Administrator, null, TeamRole.Member),
        new("leder@caseload.local", "Lars Leder", Roles.Manager, null, TeamRole.Member),
        new("teamleder.act@caseload.local", "Tove Thomsen", Roles.TeamLeader, "act", TeamRole.Leader),
        new("teamleder.cti@caseload.local", "Carsten Iversen", Roles.TeamLeader, "cti", TeamRole.Leader),
        new("teamleder.fs@caseload.local", "Frida Sørensen", Roles.TeamLeader, "fs", TeamRole.Leader),
        new("medarbejder1.act@caseload.local", "Mette Andersen", Roles.Worker, "act", TeamRole.Member, 1.0m, "Bostøtte/socialpædagogisk støtte"),
        new("medarbejder2.act@caseload.local", "Ole Nielsen", Roles.Worker, "act", TeamRole.Member, 0.5m, "Sygeplejerske"),
        new("medarbejder3.act@caseload.local", "Sara Holm", Roles.Worker, "act", TeamRole.Member, 1.0m, "Misbrugskonsulent"),
        new("medarbejder1.cti@caseload.local", "Jonas Berg", Roles.Worker, "cti", TeamRole.Member, 1.0m, "CTI-medarbejder"),
        new("medarbejder2.cti@caseload.local", "Nadia Karimi", Roles.Worker, "cti", TeamRole.Member, 0.5m, "CTI-medarbejder"),
        new("medarbejder1.fs@caseload.local", "Peter Lund", Roles.Worker, "fs", TeamRole.Member, 1.0m, "Fremskudt sagsbehandler"),
        new("medarbejder2.fs@caseload.local", "Hanne Vestergaard", Roles.Worker, "fs", TeamRole.Member, 1.0m, "Fremskudt sagsbehandler"),
    ];

    private static readonly (string Key, string Name, Method Method)[] Teams =
    [
        ("act", "ACT-team Solbjerg", Method.Act),
        ("cti", "CTI-team Solbjerg", Method.Cti),
        ("fs", "Fremskudt sagsbehandling Solbjerg", Method.Outreach),
    ];

    private static readonly (string Team, string Name, string Cpr, string Address, Whereabouts Where)[] Citizens =
    [
        ("act", "Bent Kristensen", "120367-1235", "Åvej 4, 1. th., 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Lise Mortensen", "030881-2046", "Kirkegade 12, st., 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Kim Dahl", "170992-1357", "Herberget Læhuset, 8000 Solbjerg", Whereabouts.Shelter),
        ("act", "Jytte Poulsen", "250158-0468", "Møllevej 8, 8000 Solbjerg", Whereabouts.OwnHome),
        ("act", "Henrik Friis", "090475-3179", "Strandvejen 101, 8000 Solbjerg", Whereabouts.Hospital),
        ("act", "Susanne Bak", "300686-1280", "Bøgealle 3, 2. tv., 8000 Solbjerg", Whereabouts.OwnHome),
        ("cti", "Ahmed Hassan", "141290-2391", "Forsorgshjemmet Solgården, 8000 Solbjerg", Whereabouts.Shelter),
        ("cti", "Maria Jensen", "050595-1402", "Kvindehuset, 8000 Solbjerg", Whereabouts.WomensCrisisCentre),
        ("cti", "Thomas Vinther", "221183-3513", "Statsfængslet, 8000 Solbjerg", Whereabouts.Prison),
        ("cti", "Camilla Lund", "010100-4624", "Engvej 22, 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Poul Eriksen", "131149-0735", "Granvej 6, 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Inge Madsen", "280763-1846", "Parkvej 40, 3. th., 8000 Solbjerg", Whereabouts.OwnHome),
        ("fs", "Rasmus Kjær", "061097-2957", "Uden fast bopæl", Whereabouts.Street),
    ];

    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<CaseloadDbContext>();
        if (await db.Teams.AnyAsync(ct)) return;

        var userManager = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var teams = Teams.ToDictionary(t => t.Key, t => new Team(t.Name, t.Method));
        db.Teams.AddRange(teams.Values);

        foreach (var u in Users)
        {
            var user = await userManager.FindByEmailAsync(u.Email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = u.Email, Email = u.Email, EmailConfirmed = true, FullName = u.FullName };
                Check(await userManager.CreateAsync(user, DemoPassword));
                Check(await userManager.AddToRoleAsync(user, u.Role));
            }
            if (u.TeamKey is not null) teams[u.TeamKey].AddMember(user.Id, u.TeamRole, u.Fte, u.Discipline);
        }

        foreach (var c in Citizens)
        {
            var citizen = new Citizen(c.Name, CprNumber.Parse(c.Cpr), teams[c.Team].Id);
            citizen.UpdateContact(c.Address, secretAddress: c.Where == Whereabouts.WomensCrisisCentre, "20 30 40 50", null, null);
            citizen.UpdateCircumstances(c.Where, "Solbjerg Kommune", false, null, null);
            db.Citizens.Add(citizen);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
