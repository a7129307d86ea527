package th.go.moph.healthliteracy.content.domain;

/** Who an item is written for: a fixed list (labels in Thai and English live in the message bundles). */
public enum Audience {
    EARLY_CHILDHOOD, CHILDREN, TEENS, ADULTS, ELDERLY, PREGNANT_POSTPARTUM, CAREGIVERS, VILLAGE_HEALTH_VOLUNTEERS
}
