package cn.edu.ttms.application.account;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.AccountSheet;
import cn.edu.ttms.domain.model.account.AccountSheetFetched;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.RoleGrants;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository.Candidate;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository.NewAccount;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository.SheetLine;
import cn.edu.ttms.domain.model.account.TeacherUsernames;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Teacher accounts in bulk (issue 15 item 3): an account for every teacher of a unit's subtree who
 * has none, named by the configured rule ({@link TeacherUsernames}), opened without a usable
 * password and put into an account sheet of its school; the sheet, fetched once, is where the
 * one-time passwords are generated, hashed and written (docs/decisions.md "Teacher accounts in
 * bulk"). Set-based: 50,000 accounts are a few hundred statements, their audit entries one batch.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
public class TeacherAccounts {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(TeacherAccounts.class.getName());

    @Inject
    TeacherAccountRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AuditBatch auditBatch;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    OneTimePasswordSheets sheets;

    @Inject
    @ConfigProperty(name = "app.accounts.teacher-username", defaultValue = TeacherUsernames.DEFAULT_PATTERN)
    String usernamePattern;

    @Inject
    @ConfigProperty(name = "app.accounts.one-time-password-days", defaultValue = "30")
    int oneTimePasswordDays;

    /** How many teachers under a unit in scope have no account, and how many have one: {without, with}. */
    public long[] counts(long unitId) {
        Organisation unit = unitInScope(unitId);
        DataScope scope = DataScope.subtree(unit.path());
        return new long[] {repository.countTeachersWithoutAccount(scope), repository.teachersWithAccount(scope)};
    }

    /** Opens an account for every teacher under the unit who has none. */
    public TeacherAccountOpening open(long unitId) {
        Organisation unit = unitInScope(unitId);
        mayOpenTeacherAccounts(unit);
        long start = System.nanoTime();
        repository.lockOpenings();
        DataScope scope = DataScope.subtree(unit.path());
        long existing = repository.teachersWithAccount(scope);
        List<Candidate> candidates = repository.teachersWithoutAccount(scope);
        long read = System.nanoTime();
        TeacherAccountOpening opening = openFor(candidates, repository.accountsWithoutSheet(scope), existing);
        LOG.info(() -> String.format(
                "opened %d teacher accounts under %s in %d ms (reading the registry %d ms)",
                opening.created(), unit.path(), (System.nanoTime() - start) / 1_000_000, (read - start) / 1_000_000));
        audit.record(
                AuditAction.ACCOUNTS_OPENED,
                "Organisation",
                unit.id(),
                unit.path(),
                unit.name() + ": "
                        + opening.created() + " teacher accounts opened, " + existing + " teachers had one, "
                        + opening.sheets() + " account sheets, " + opening.renamed() + " usernames numbered, "
                        + opening.waiting() + " waiting accounts added; username rule " + usernamePattern);
        return opening;
    }

    /** Opens accounts for these teachers (just imported by the caller) who have none. */
    public TeacherAccountOpening openForTeachers(Collection<Long> teacherIds) {
        if (teacherIds.isEmpty()) {
            return TeacherAccountOpening.NOTHING;
        }
        DataScope scope = caller.scope();
        repository.lockOpenings();
        List<Candidate> candidates = repository.teachersWithoutAccount(teacherIds).stream()
                .filter(c -> scope.includesPath(c.schoolPath()))
                .toList();
        TeacherAccountOpening opening = openFor(candidates, Map.of(), 0);
        audit.record(
                AuditAction.ACCOUNTS_OPENED,
                "Teacher",
                null,
                caller.get().organisationPath(),
                opening.created() + " teacher accounts opened for imported teachers, " + opening.sheets()
                        + " account sheets; username rule " + usernamePattern);
        return opening;
    }

    private TeacherAccountOpening openFor(List<Candidate> candidates, Map<Long, List<Long>> waiting, long existing) {
        if (candidates.isEmpty() && waiting.isEmpty()) {
            return new TeacherAccountOpening(0, existing, 0, 0, 0);
        }
        TeacherUsernames rule = new TeacherUsernames(usernamePattern);
        Map<Long, String> bases = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            bases.put(c.teacherId(), rule.base(c.identityNumber(), c.teacherId(), c.schoolCode()));
        }
        Set<String> takenInDatabase = new HashSet<>(repository.taken(new HashSet<>(bases.values())));
        Set<String> checked = new HashSet<>(bases.values());
        Set<String> given = new HashSet<>();

        Map<Long, List<Candidate>> bySchool = new LinkedHashMap<>();
        candidates.forEach(c ->
                bySchool.computeIfAbsent(c.schoolId(), k -> new ArrayList<>()).add(c));
        Set<Long> schools = new java.util.LinkedHashSet<>(bySchool.keySet());
        schools.addAll(waiting.keySet());

        long next = repository.reserveIds(candidates.size() + schools.size());
        Instant now = Instant.now();
        String by = caller.get().username();
        List<NewAccount> accounts = new ArrayList<>(candidates.size());
        List<AuditBatch.Entry> entries = new ArrayList<>(candidates.size() + schools.size());
        int renamed = 0;
        int waitingCount = 0;
        for (long schoolId : schools) {
            List<Candidate> teachers = bySchool.getOrDefault(schoolId, List.of());
            List<Long> joining = waiting.getOrDefault(schoolId, List.of());
            long sheetId = next++;
            String schoolName;
            String schoolPath;
            if (!teachers.isEmpty()) {
                schoolName = teachers.get(0).schoolName();
                schoolPath = teachers.get(0).schoolPath();
            } else {
                Organisation school = organisations.find(schoolId).orElseThrow();
                schoolName = school.name();
                schoolPath = school.path();
            }
            repository.store(AccountSheet.opened(
                    sheetId, schoolId, schoolName, schoolPath, teachers.size() + joining.size(), now, by));
            for (Candidate c : teachers) {
                String base = bases.get(c.teacherId());
                String username = TeacherUsernames.firstFree(
                        base,
                        name -> given.contains(name)
                                || takenInDatabase.contains(name)
                                || !checked.contains(name) && lookUp(name, checked, takenInDatabase));
                if (!username.equals(base)) {
                    renamed++;
                }
                given.add(username);
                NewAccount account =
                        new NewAccount(next++, username, c.name(), schoolId, schoolPath, c.teacherId(), sheetId);
                accounts.add(account);
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("username", username);
                state.put("displayName", c.name());
                state.put("organisation", schoolId);
                state.put("roles", List.of(Role.TEACHER));
                state.put("enabled", true);
                state.put("teacherId", c.teacherId());
                state.put("passwordChangeRequired", true);
                state.put("accountSheet", sheetId);
                entries.add(new AuditBatch.Entry(
                        now,
                        AuditActor.current(),
                        AuditAction.CREATE,
                        "UserAccount",
                        String.valueOf(account.id()),
                        schoolPath,
                        null,
                        state));
            }
            if (!joining.isEmpty()) {
                repository.assign(joining, sheetId);
                waitingCount += joining.size();
            }
            entries.add(new AuditBatch.Entry(
                    now,
                    AuditActor.current(),
                    AuditAction.CREATE,
                    "AccountSheet",
                    String.valueOf(sheetId),
                    schoolPath,
                    null,
                    Map.of("school", schoolId, "accounts", teachers.size() + joining.size())));
        }
        long names = System.nanoTime();
        repository.insert(accounts, now, by);
        long inserted = System.nanoTime();
        auditBatch.write(entries);
        LOG.info(() -> String.format(
                "%d accounts inserted in %d ms, their audit entries in %d ms",
                accounts.size(), (inserted - names) / 1_000_000, (System.nanoTime() - inserted) / 1_000_000));
        return new TeacherAccountOpening(accounts.size(), existing, schools.size(), renamed, waitingCount);
    }

    /** A numbered name not seen yet: asked of the database once. */
    private boolean lookUp(String name, Set<String> checked, Set<String> taken) {
        checked.add(name);
        if (!repository.taken(List.of(name)).isEmpty()) {
            taken.add(name);
            return true;
        }
        return false;
    }

    /** The account sheets of the schools under a unit in scope (the caller's own unit without one), newest first. */
    public List<AccountSheetSummary> sheets(Long unitId, int first, int max) {
        return repository.under(sheetScope(unitId), false, Math.max(0, first), Math.max(1, Math.min(max, 500))).stream()
                .map(AccountSheetSummary::of)
                .toList();
    }

    public long countSheets(Long unitId) {
        return repository.countUnder(sheetScope(unitId), false);
    }

    /** A unit in scope, or without one the caller's own unit. */
    private DataScope sheetScope(Long unitId) {
        return DataScope.subtree(
                unitId == null
                        ? caller.get().organisationPath()
                        : unitInScope(unitId).path());
    }

    /**
     * The one fetch of a sheet: the one-time passwords are generated now, stored as hashes, and
     * exist in clear only in the returned file. A second fetch is refused (410), naming the first.
     */
    public AccountSheetFile fetch(long sheetId, String signInAddress) {
        AccountSheet sheet =
                repository.find(sheetId, caller.scope()).orElseThrow(() -> new RecordNotFound("AccountSheet", sheetId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int accounts = writeSheet(sheet, signInAddress, out);
        return new AccountSheetFile(
                sheet.schoolName() + "教师账号", "account-sheet-" + sheetId, out.toByteArray(), accounts);
    }

    /** Every sheet of the unit's schools not fetched yet, in one zip (each is fetched by this). */
    public AccountSheetFile fetchUnfetched(long unitId, String signInAddress) {
        Organisation unit = unitInScope(unitId);
        List<AccountSheet> sheets = repository.under(DataScope.subtree(unit.path()), true, 0, Integer.MAX_VALUE);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        int accounts = 0;
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            Set<String> names = new HashSet<>();
            for (AccountSheet sheet : sheets) {
                String name = sheet.schoolName() + "教师账号";
                if (!names.add(name)) {
                    name = name + "-" + sheet.id();
                }
                entries.putNextEntry(new ZipEntry(name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".xlsx"));
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                accounts += writeSheet(sheet, signInAddress, one);
                one.writeTo(entries);
                entries.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AccountSheetFile(unit.name() + "教师账号", "account-sheets-" + unitId, zip.toByteArray(), accounts);
    }

    /**
     * A lost sheet reissued: the accounts of the sheet that are still at its school and still have no
     * password of their own lose their one-time passwords at once (the lost sheet stops working) and
     * wait in a new sheet of the school, whose one fetch generates fresh ones. Accounts whose person
     * set a password (or that moved school) are left alone and counted. 409 while the sheet was never
     * fetched (download it) or when no account is left to reissue.
     */
    public AccountSheetReissue reissue(long sheetId) {
        AccountSheet old =
                repository.find(sheetId, caller.scope()).orElseThrow(() -> new RecordNotFound("AccountSheet", sheetId));
        if (!old.fetched()) {
            throw cn.edu.ttms.domain.model.account.AccountSheetReissueRefused.notFetched(sheetId);
        }
        Instant now = Instant.now();
        String by = caller.get().username();
        long newId = repository.reserveIds(1);
        int covered = repository.reissue(old.id(), old.schoolId(), newId);
        AccountSheet fresh = old.reissue(newId, covered, now, by);
        repository.store(fresh);
        long skipped = repository.issuedBy(old.id());
        List<TeacherAccountRepository.Reissued> accounts = repository.waitingIn(newId);
        List<AuditBatch.Entry> entries = new ArrayList<>(accounts.size() + 1);
        for (TeacherAccountRepository.Reissued a : accounts) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("oneTimePassword", "withdrawn");
            state.put("reissuedFrom", old.id());
            state.put("accountSheet", newId);
            entries.add(new AuditBatch.Entry(
                    now,
                    AuditActor.current(),
                    AuditAction.PASSWORD_RESET,
                    "UserAccount",
                    String.valueOf(a.accountId()),
                    a.schoolPath(),
                    null,
                    state));
        }
        entries.add(new AuditBatch.Entry(
                now,
                AuditActor.current(),
                AuditAction.CREATE,
                "AccountSheet",
                String.valueOf(newId),
                old.schoolPath(),
                null,
                Map.of("school", old.schoolId(), "accounts", covered, "reissuedFrom", old.id())));
        auditBatch.write(entries);
        audit.record(
                AuditAction.PASSWORD_RESET,
                "AccountSheet",
                old.id(),
                old.schoolPath(),
                "account sheet of "
                        + old.schoolName() + " reissued as sheet " + newId + ": " + covered
                        + " one-time passwords withdrawn, " + skipped
                        + " accounts left alone (own password set or moved)");
        // the API may remember a one-time password as a credential for a minute: forget it now
        accounts.forEach(a -> changed.fire(new AccountChanged(a.username())));
        return new AccountSheetReissue(AccountSheetSummary.of(fresh), old.id(), skipped);
    }

    private int writeSheet(AccountSheet sheet, String signInAddress, OutputStream out) {
        Instant now = Instant.now();
        String by = caller.get().username();
        if (sheet.fetched() || !claim(sheet, by, now)) {
            AccountSheet first = repository.find(sheet.id()).orElse(sheet);
            audit.refusal(
                    AuditAction.ACCESS_REFUSED,
                    "AccountSheet",
                    sheet.id(),
                    sheet.schoolPath(),
                    "account sheet fetched again; first fetched by " + first.fetchedBy() + " at " + first.fetchedAt());
            throw new AccountSheetFetched(sheet.id(), first.fetchedBy(), first.fetchedAt());
        }
        Instant expires = now.plus(oneTimePasswordDays, ChronoUnit.DAYS);
        LocalDate validUntil = LocalDate.ofInstant(expires, CHINA);
        List<SheetLine> lines = repository.lines(sheet.id());
        List<TeacherAccountRepository.Issued> issued = new ArrayList<>(lines.size());
        List<OneTimePasswordSheets.Line> printed = new ArrayList<>(lines.size());
        for (SheetLine line : lines) {
            String password = OneTimePasswords.generate();
            issued.add(new TeacherAccountRepository.Issued(line.accountId(), OneTimePasswords.hash(password)));
            printed.add(new OneTimePasswordSheets.Line(
                    line.schoolName(), line.name(), line.idSuffix(), line.username(), password, validUntil));
        }
        repository.issue(sheet.id(), issued, expires);
        try {
            sheets.write(sheet.schoolName() + " 教师账号与一次性密码", note(signInAddress, validUntil), printed, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AuditBatch.Entry> entries = new ArrayList<>(lines.size());
        for (SheetLine line : lines) {
            // the teacher sees in their record's access log that their account's sheet left the system
            entries.add(new AuditBatch.Entry(
                    now,
                    AuditActor.current(),
                    AuditAction.EXPORT,
                    "Teacher",
                    String.valueOf(line.teacherId()),
                    line.schoolPath(),
                    null,
                    null));
        }
        auditBatch.write(entries);
        audit.record(
                AuditAction.EXPORT,
                "AccountSheet",
                sheet.id(),
                sheet.schoolPath(),
                "account sheet of " + sheet.schoolName() + " fetched: " + lines.size()
                        + " one-time passwords, valid until " + validUntil);
        return lines.size();
    }

    private boolean claim(AccountSheet sheet, String by, Instant at) {
        sheet.fetch(by, at);
        return repository.markFetched(sheet);
    }

    /** The printed note: where to sign in, that the password is used once and must be replaced, until when. */
    static String note(String signInAddress, LocalDate validUntil) {
        return "登录方法：在浏览器中打开 " + signInAddress + " ，输入下表中的用户名和一次性密码（字母不分大小写，短横线可不输入）。"
                + "首次登录后必须立即修改密码（设置自己的新密码），此后一次性密码失效。一次性密码在 " + validUntil + " 之前有效，过期或遗失请向学校管理员申请重置密码。"
                + "本表含个人信息和密码：请沿虚线剪开，逐人发放，发放后销毁剩余部分，不要拍照、转发或张贴。";
    }

    private Organisation unitInScope(long unitId) {
        return organisations.find(unitId, caller.scope()).orElseThrow(() -> new RecordNotFound("Organisation", unitId));
    }

    private void mayOpenTeacherAccounts(Organisation unit) {
        if (!RoleGrants.mayGrant(caller.get().roles(), OrganisationKind.SCHOOL, Set.of(Role.TEACHER))) {
            audit.refusal(
                    AuditAction.ACCESS_REFUSED,
                    "Organisation",
                    unit.id(),
                    unit.path(),
                    "opening teacher accounts refused: roles " + caller.get().roles());
            throw new EJBAccessException("may not open teacher accounts");
        }
    }
}
