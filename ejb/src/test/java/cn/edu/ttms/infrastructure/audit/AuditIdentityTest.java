package cn.edu.ttms.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Id;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditIdentityTest {

    static class Unit implements Audited {
        @Id
        private Long id = 12L;

        @AuditScope
        private String path = "/1/12/";

        @Override
        public Map<String, Object> auditState() {
            return Map.of();
        }
    }

    static class Membership implements Audited {
        @Id
        private long sessionId = 7;

        @Id
        private long teacherId = 9;

        @AuditScope
        private Unit unit = new Unit();

        @Override
        public Map<String, Object> auditState() {
            return Map.of();
        }
    }

    static class Everywhere implements Audited {
        @Id
        private Long id;

        @AuditScope
        private Unit jurisdiction;

        @Override
        public Map<String, Object> auditState() {
            return Map.of();
        }
    }

    @Test
    void theIdIsThePrimaryKeyItsPartsJoinedInTheOrderDeclared() {
        assertEquals("12", AuditIdentity.idOf(new Unit()));
        assertEquals("7/9", AuditIdentity.idOf(new Membership()));
        assertEquals("null", AuditIdentity.idOf(new Everywhere()), "not yet assigned, as String.valueOf shows it");
    }

    @Test
    void theScopeIsThePathOrThatOfTheOrganisationNamedOrTheRoot() {
        assertEquals("/1/12/", AuditIdentity.scopeOf(new Unit(), null));
        assertEquals("/1/12/", AuditIdentity.scopeOf(new Membership(), null));
        assertEquals("/", AuditIdentity.scopeOf(new Everywhere(), null));
    }

    @Test
    void anAuditedReferenceInAStateIsShownByItsId() {
        assertEquals("{\"unit\":\"12\"}", AuditJson.of(Map.of("unit", new Unit())));
    }
}
