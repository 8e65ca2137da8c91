// Icons the plugin uses, in one place (@sanity/icons v5: one subpath per icon).
export {CheckmarkCircleIcon as ApprovedIcon} from '@sanity/icons/CheckmarkCircle'
export {SearchIcon as ChecksIcon} from '@sanity/icons/Search'
export {UserIcon as RequestIcon} from '@sanity/icons/User'
export {WarningOutlineIcon as FailingIcon} from '@sanity/icons/WarningOutline'
export {InboxIcon} from '@sanity/icons/Inbox'
