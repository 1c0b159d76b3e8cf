using Caseload.Application.Common;
using Caseload.Application.Common.Time;
using Caseload.Application.Security;
using Caseload.Domain.NetworkMaps;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Application.NetworkMaps;

/// <summary>Saves a citizen's network map (a new version each time), through the one command path. The citizen's
/// assigned workers and the team leader may change it; the rest of the team may read it.</summary>
public sealed class NetworkMapService(ICaseloadDbContext db, ICurrentUser user, IDanishClock clock, CommandRunner commands,
    IValidator<NetworkMapInput> validator)
{
    public const string NotYoursMessage = "Kun borgerens medarbejdere og teamlederen kan ændre netværkskortet.";


    public Task<Result> SaveAsync(ScopedCitizen citizen, NetworkMapInput input, CancellationToken ct = default)
        => commands.RunAsync(validator, input, async token =>
        {
            if (!citizen.MayChangeCourseWork) return Result.Forbidden(NotYoursMessage);
            var map = await db.NetworkMaps.FirstOrDefaultAsync(m => m.CitizenId == citizen.Id, token);
            if (map is null)
            {
                map = new NetworkMap(citizen.Id, citizen.TeamId, user.UserId ?? "");
                db.NetworkMaps.Add(map);
            }
            else commands.Expect(map, input.Version);
            var persons = input.Persons.Where(p => !p.Remove).Select(p => new NetworkPerson(p.Id, p.Category ?? NetworkCategory.PrivateNetwork,
                p.Role, p.Name ?? "", p.Workplace, p.Phone, p.InContact, p.Closeness ?? Closeness.Middle));
            if (map.Save(persons, input.FullConsent, input.ResponsibleWorkerId, clock.UtcNow, user.UserId) is { } version) db.NetworkMapVersions.Add(version);
            return Result.Ok;
        }, ct);
}
