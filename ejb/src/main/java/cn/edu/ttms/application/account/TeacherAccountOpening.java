package cn.edu.ttms.application.account;

/**
 * What opening teacher accounts did: {@code created} new accounts, {@code existing} teachers who
 * had one already, {@code sheets} account sheets made (one per school), {@code renamed} usernames
 * that got a {@code -2}, {@code -3}… because the rule's name was taken, {@code waiting} existing
 * accounts without a password that joined a sheet (teachers who moved before theirs was fetched).
 */
public record TeacherAccountOpening(int created, long existing, int sheets, int renamed, int waiting)
        implements java.io.Serializable {

    public static final TeacherAccountOpening NOTHING = new TeacherAccountOpening(0, 0, 0, 0, 0);
}
