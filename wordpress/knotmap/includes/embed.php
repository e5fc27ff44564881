<?php
/**
 * What the block and the shortcode put in a post: a <div data-knotmap> with the valid options as
 * data attributes, which the widget's own loader (widget/embed.js, served from this site) turns
 * into an iframe of the widget exactly as tall as its content.
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

/**
 * An address inside the widget's folder (the built widget, copied into the plugin).
 *
 * @param string $file A file in widget/, or '' for the folder.
 * @return string Its URL on this site.
 */
function knotmap_widget_url( $file = '' ) {
	return plugins_url( 'widget/' . $file, KNOTMAP_FILE );
}

/**
 * The element embed.js mounts, with each valid option as a data attribute.
 *
 * @param array  $options Valid options (knotmap_validate_options()['options']).
 * @param string $wrapper The element's other attributes, already escaped.
 * @param string $inside  HTML inside it (embed.js adds the iframe after it).
 * @return string HTML.
 */
function knotmap_embed_element( array $options, $wrapper = 'class="knotmap-embed"', $inside = '' ) {
	$attributes = '';
	foreach ( $options as $name => $value ) {
		$attributes .= sprintf( ' data-%s="%s"', $name, esc_attr( $value ) );
	}
	return sprintf( '<div %s data-knotmap%s>%s</div>', $wrapper, $attributes, $inside );
}

/**
 * The note above the widget naming each value left out: only for people who can edit posts (the
 * ones who can fix it); readers see the working widget and nothing else.
 *
 * @param string[] $problems Sentences from knotmap_validate_options().
 * @return string HTML, or '' when there is nothing to say or nobody here to say it to.
 */
function knotmap_note_for_editors( array $problems ) {
	if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$lines = implode( '<br>', array_map( 'esc_html', $problems ) );
	return '<p class="knotmap-note" role="note" style="font-size:0.85em;line-height:1.4;margin:0 0 0.5em;padding:0.4em 0.75em;border-left:4px solid #b26200;background:#fff8e5;color:#1e1e1e">'
		. $lines . '<br><em>' . esc_html__( 'Only people who can edit posts see this note.', 'knotmap' ) . '</em></p>';
}

/**
 * The widget for a post, with its note for editors; enqueues the loader.
 *
 * @param array  $given   Options as given (names and values, unchecked).
 * @param string $wrapper The element's other attributes, already escaped.
 * @return string HTML.
 */
function knotmap_embed_markup( array $given, $wrapper = 'class="knotmap-embed"' ) {
	$checked = knotmap_validate_options( $given );
	wp_enqueue_script( 'knotmap-embed' );
	return knotmap_note_for_editors( $checked['problems'] ) . knotmap_embed_element( $checked['options'], $wrapper );
}

/**
 * The block's server-side rendering (block/block.json; its saved content is empty).
 *
 * @param array $attributes The block's attributes.
 * @return string HTML.
 */
function knotmap_render_block( $attributes ) {
	// The block's class, alignment and extra classes, as WordPress gives every block.
	return knotmap_embed_markup( knotmap_block_options( (array) $attributes ), get_block_wrapper_attributes() );
}

/**
 * [knotmap zone="ql-left" theme="dark" families="ql,glute-med" accent="#b0552f" compact="true" progress="off"]
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function knotmap_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare name ([knotmap compact]) is an option given without a value, which the
			// widget reads as "true" for its switches.
			$given[ strtolower( (string) $value ) ] = '';
		} else {
			$given[ $name ] = $value;
		}
	}
	return knotmap_embed_markup( $given );
}
