<?php
/**
 * The widget's options, validated exactly as the widget's own parser validates them
 * (src/core/embed_options.cpp in the Knotmap sources). The block, the shortcode, the oEmbed
 * answers and the editor's preview all go through knotmap_validate_options(), so a value the
 * widget can't use never reaches a reader's page: it is left out, and the widget's default holds.
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

/**
 * The zone and family ids the widget knows, from options.json (scripts/package-wordpress writes it
 * from the widget's geometry.json and content.json, so no list is written out here by hand).
 *
 * @return array{zones: array<string, array>, families: array<string, array>} Both keyed by id.
 */
function knotmap_catalog() {
	static $catalog = null;
	if ( null !== $catalog ) {
		return $catalog;
	}
	$catalog = array(
		'zones'    => array(),
		'families' => array(),
	);
	$file = KNOTMAP_DIR . 'options.json';
	$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	if ( ! is_array( $data ) ) {
		return $catalog;
	}
	foreach ( array( 'zones', 'families' ) as $list ) {
		foreach ( isset( $data[ $list ] ) && is_array( $data[ $list ] ) ? $data[ $list ] : array() as $item ) {
			if ( is_array( $item ) && isset( $item['id'] ) && is_string( $item['id'] ) ) {
				$catalog[ $list ][ $item['id'] ] = $item;
			}
		}
	}
	return $catalog;
}

/**
 * A value as the notes quote it: the widget's own rule (at most 40 characters, printable ASCII,
 * anything else shown as "?"), so a hostile value can't make a long or strange note.
 *
 * @param string $value What was given.
 * @return string The value in quotes.
 */
function knotmap_shown( $value ) {
	$out = preg_replace( '/[^\x20-\x7e]/', '?', substr( $value, 0, 40 ) );
	return "'" . $out . ( strlen( $value ) > 40 ? "...'" : "'" );
}

/**
 * The widget's flags: 1/true/yes/on or nothing at all mean true, 0/false/no/off false.
 *
 * @param string $value What was given.
 * @return bool|null The flag, or null when it is neither.
 */
function knotmap_parse_flag( $value ) {
	$value = strtolower( $value );
	if ( in_array( $value, array( '1', 'true', 'yes', 'on', '' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( '0', 'false', 'no', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * A colour as the widget reads it: "#rgb" or "#rrggbb", the "#" optional.
 *
 * @param string $value What was given.
 * @return string|null The colour as "#rrggbb", or null.
 */
function knotmap_parse_colour( $value ) {
	if ( '' !== $value && '#' === $value[0] ) {
		$value = substr( $value, 1 );
	}
	if ( 3 === strlen( $value ) ) {
		$value = $value[0] . $value[0] . $value[1] . $value[1] . $value[2] . $value[2];
	}
	return preg_match( '/^[0-9a-fA-F]{6}$/', $value ) ? '#' . strtolower( $value ) : null;
}

/**
 * Validates embed options given by name (a shortcode's attributes, a pasted address's query, the
 * block's attributes through knotmap_block_options()).
 *
 * @param array $given Option name => value (strings; anything else counts as a value it can't use).
 * @return array{options: array<string, string>, problems: string[]} The usable options, each in
 *         the form the widget reads (zone, families, theme, accent, compact, progress, lang), and
 *         one sentence per value left out, for the people who can fix it.
 */
function knotmap_validate_options( array $given ) {
	$catalog  = knotmap_catalog();
	$options  = array();
	$problems = array();
	foreach ( $given as $name => $value ) {
		$name  = (string) $name;
		$value = is_string( $value ) || is_int( $value ) || is_float( $value ) ? (string) $value : "\x00";
		switch ( $name ) {
			case 'zone':
				if ( isset( $catalog['zones'][ $value ] ) ) {
					$options['zone'] = $value;
				} else {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: zone %s is not a zone; using no selection.", 'knotmap' ), knotmap_shown( $value ) );
				}
				break;
			case 'families':
				// Commas separate the items; the widget drops white space anywhere inside them.
				$families = array();
				foreach ( explode( ',', $value ) as $item ) {
					$item = preg_replace( '/[ \t\n\v\f\r]/', '', $item );
					if ( '' === $item ) {
						continue;
					}
					if ( isset( $catalog['families'][ $item ] ) && 0 !== strpos( $item, 'avoid-' ) ) {
						$families[ $item ] = true;
					} else {
						/* translators: %s: the value given, quoted. */
						$problems[] = sprintf( __( "Knotmap: families item %s is not a muscle family; leaving it out.", 'knotmap' ), knotmap_shown( $item ) );
					}
				}
				if ( $families ) {
					$options['families'] = implode( ',', array_keys( $families ) );
				}
				break;
			case 'theme':
				if ( in_array( strtolower( $value ), array( 'light', 'dark' ), true ) ) {
					$options['theme'] = strtolower( $value );
				} else {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: theme %s is not light or dark; using light.", 'knotmap' ), knotmap_shown( $value ) );
				}
				break;
			case 'accent':
				$colour = knotmap_parse_colour( $value );
				if ( null !== $colour ) {
					$options['accent'] = $colour;
				} else {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: accent %s is not a colour such as #b0552f; using the default teal.", 'knotmap' ), knotmap_shown( $value ) );
				}
				break;
			case 'compact':
			case 'progress':
				$flag = knotmap_parse_flag( $value );
				if ( null !== $flag ) {
					$options[ $name ] = 'compact' === $name ? ( $flag ? 'true' : 'false' ) : ( $flag ? 'on' : 'off' );
				} elseif ( 'compact' === $name ) {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: compact %s is not true or false; using false.", 'knotmap' ), knotmap_shown( $value ) );
				} else {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: progress %s is not on or off; using on.", 'knotmap' ), knotmap_shown( $value ) );
				}
				break;
			case 'lang':
				if ( 'en' === strtolower( $value ) ) {
					$options['lang'] = 'en';
				} else {
					/* translators: %s: the value given, quoted. */
					$problems[] = sprintf( __( "Knotmap: lang %s is not a language the content provides (en); using en.", 'knotmap' ), knotmap_shown( $value ) );
				}
				break;
			case 'embed':
				// The widget's own switch for being inside an iframe: the embed sets it itself.
				break;
			default:
				/* translators: %s: the option name given, quoted. */
				$problems[] = sprintf( __( "Knotmap: unknown option %s is ignored.", 'knotmap' ), knotmap_shown( $name ) );
		}
	}
	// A muscle zone that the families option hides can't be the starting selection.
	if ( isset( $options['zone'], $options['families'] ) ) {
		$zone = $catalog['zones'][ $options['zone'] ];
		if ( 'muscle' === $zone['kind'] && ! in_array( $zone['family'], explode( ',', $options['families'] ), true ) ) {
			/* translators: %s: the zone id, quoted. */
			$problems[] = sprintf( __( "Knotmap: zone %s is not among the families shown; using no selection.", 'knotmap' ), knotmap_shown( $options['zone'] ) );
			unset( $options['zone'] );
		}
	}
	return array(
		'options'  => $options,
		'problems' => $problems,
	);
}

/**
 * The block's attributes as embed options: empty text and the default switches are "not set", so
 * only what the author chose is validated (and an untouched block has nothing to complain about).
 *
 * @param array $attributes The block's attributes (block.json).
 * @return array Option name => value, for knotmap_validate_options().
 */
function knotmap_block_options( array $attributes ) {
	$given = array();
	foreach ( array( 'zone', 'families', 'theme', 'accent' ) as $name ) {
		if ( isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) && '' !== $attributes[ $name ] ) {
			$given[ $name ] = $attributes[ $name ];
		}
	}
	if ( ! empty( $attributes['compact'] ) ) {
		$given['compact'] = 'true';
	}
	if ( isset( $attributes['progress'] ) && false === $attributes['progress'] ) {
		$given['progress'] = 'off';
	}
	return $given;
}
